// Recognises Chinese typed as toneless pinyin ("wo yao tuihuo", "xianyonghoufu zenme kaitong"): it is answered in Chinese.

/** Every toneless Mandarin syllable (ü typed as v: "lv", "nve"), without the interjections n, ng, m and hm. */
const SYLLABLES = new Set(
  `
a ai an ang ao ba bai ban bang bao bei ben beng bi bian biao bie bin bing bo bu ca cai can cang cao ce cen ceng cha
chai chan chang chao che chen cheng chi chong chou chu chua chuai chuan chuang chui chun chuo ci cong cou cu cuan
cui cun cuo da dai dan dang dao de dei den deng di dia dian diao die ding diu dong dou du duan dui dun duo e ei en
eng er fa fan fang fei fen feng fo fou fu ga gai gan gang gao ge gei gen geng gong gou gu gua guai guan guang gui
gun guo ha hai han hang hao he hei hen heng hong hou hu hua huai huan huang hui hun huo ji jia jian jiang jiao jie
jin jing jiong jiu ju juan jue jun ka kai kan kang kao ke kei ken keng kong kou ku kua kuai kuan kuang kui kun kuo
la lai lan lang lao le lei leng li lia lian liang liao lie lin ling liu lo long lou lu luan lue lun luo lv lve ma
mai man mang mao me mei men meng mi mian miao mie min ming miu mo mou mu na nai nan nang nao ne nei nen neng ni nian
niang niao nie nin ning niu nong nou nu nuan nue nuo nv nve o ou pa pai pan pang pao pei pen peng pi pian piao pie
pin ping po pou pu qi qia qian qiang qiao qie qin qing qiong qiu qu quan que qun ran rang rao re ren reng ri rong
rou ru rua ruan rui run ruo sa sai san sang sao se sen seng sha shai shan shang shao she shei shen sheng shi shou
shu shua shuai shuan shuang shui shun shuo si song sou su suan sui sun suo ta tai tan tang tao te teng ti tian tiao
tie ting tong tou tu tuan tui tun tuo wa wai wan wang wei wen weng wo wu xi xia xian xiang xiao xie xin xing xiong
xiu xu xuan xue xun ya yan yang yao ye yi yin ying yo yong you yu yuan yue yun za zai zan zang zao ze zei zen zeng
zha zhai zhan zhang zhao zhe zhei zhen zheng zhi zhong zhou zhu zhua zhuai zhuan zhuang zhui zhun zhuo zi zong zou
zu zuan zui zun zuo
`
    .trim()
    .split(/\s+/),
);
const LONGEST_SYLLABLE = 6;

/**
 * English words that are also strings of pinyin syllables ("are you a human", "menu", "same time", "see ya"): every
 * lower-case word of Debian's wamerican list (SCOWL, size 50) that splits into syllables and is not a single syllable
 * itself (the list has "ni" and "hao" too), plus the single syllables English uses most ("you", "can", "he", "man")
 * and chat words ("ya", "ciao").
 */
const ENGLISH = new Set(
  `
a an ea ha he me pa ya yo ace age aha ale ani are ate aye baa ban bin boa boo can cue die due eke emo emu era ere
eta eye fan foe foo gee gun hen hue lea lee lie man men moo ode one ore pan pen pie pin qua ran rue run sea see she
sue sun tan tea tee tie wan woe woo yea you zen ache ague aide aloe amen ante anti aqua area aria bade bake bale
bane bang bani bare base bate bide bier bike bile bite bode boga bola bole bone bore cage cake came cane care case
cede ciao cite cure cute dale dame dare data date daze dean deer deli demo dice dike dime dine dire dude duke dune
ease face fade fake fame fare fate faze foci fore fume fuse fuze gage gala gale game gate gaze gene guru hake hale
halo hang hare hate haze here huge hula jute kale keen lace lade lake lama lame lane lase late laze lean leer lice
lien like lime limo line lire lite loan loci lode loge lone long lore lose lure lute mace made make male mama mane
mare mate mayo maze mean meme memo menu mere mesa meta mete mica mice mien mike mile mime mine mini mire mite moan
mode mole more mote mule muse mute name nice nine nite nude nuke oboe oleo omen ooze open pace page pale pane papa
pare pate pica pier pike pile pine ping pita poke pole polo pone pore pose puke puma pupa pure rice ride rile rime
rise rite rude rule rune ruse saga sage sake sale same sane sari sate seen seer semi sere side silo sine sire site
situ size song sumo sure tabu take tale tame tare taxi teen tide tier tike tile time tine tipi tire tuba tuna tune
tutu wade wadi wage wake wale wane ware woke wore yeti yoga yoke yore yule zebu zeta abaci abase abate abide abode
abuse acute adage aerie agate alibi alien alike aline aloha alone along amaze ameba ameer amino amuse anger angle
anime anise anode apace aping aquae arena arise ashen aside awake aware awoke axing azure baize bayou beige binge
bingo booze bosun cabin cacao cache calve cameo canoe cease chase cheer chide chile chili chime china chute cilia
conga cumin curie curio dacha dance deice delve dense dingo diode douse dunce edema eerie elate elide elite elude
emoji emote endue enema ensue enure erase erode exile exude eying fence folio fugue gamin geese genie genre geode
gouge guano guide guile guise haiku halve hence henna house human jinni junta labia laden lance lease liege liken
linen liner lingo loose louse lunge lupin maize manga mange mango mania manna manse maria media mince miner mocha
moose mouse niche niece oaken ocean omega opine osier oxide paean pagan panda pasha patio payee pence piano piece
pique pixie podia polio pupae puree quake quasi queen queer quota quote range reran rerun ripen risen rouge rouse
route salve salvo saner saree sedan segue semen senna sense sepia shade shake shale shame share sheen sheer shine
shire siege siren souse suede suite sushi taboo taken tango tease tibia tinge titan tuner waken wanna woken woman
women wooer acacia achier acumen aerate agenda aiding ailing aiming airier amebae amoeba anemia anyone apiece apogee
arisen arouse ashier awaken awoken azalea babier baleen baling banana bangle banyan bating baying biding biting
bodega bodice boding bonier boning bootee bootie boxing busier butane buying cabana cancan canine caning careen
career ceding cerise chaise chance change cheese chichi cicada cinema citing cubing cumuli cupola damage danger
dangle dating deaden deafen debase debate decade decide deduce deepen deface defame defuse delete delude deluge
demean demise demote demure denier denote denude depose depute deride desire dicier dilate dilute dining dioxin
dipole disuse dongle douche duding duping easier eating eerier encase ending endure engage ensure entice entire
equate ermine facade facile fading famine farina fating faxing foxier foxing fuming futile future galena galore
gamete gamier gamine gaming gaping gating gazebo geisha genera genome guinea gunman gunmen guying haling hanger
hating haying hazier hexing humane humeri jibing jingle kahuna kaolin keener keying lacier lacuna lading laming
laying lazier leaden league leaner legate legume lexica liaise lichee lichen limier liming linage linden linger
lining loaner locale locate longer loonie loosen loping lubing lupine madame maiden malice manage manger mangle
manure marina marine mating mature maxima maxing meaner median menace menage meting miming mimosa mingle minima
mining minute misuse mixing mobile module modulo moping motile mutate muting naming nature nebula negate nixing
nuance nubile opaque opener opiate orange oriole otiose outage outing palace palate paling panier pantie papaya
patina patine paying pierce piling pining piping police poling polite pomade pumice punier quanta ranger rebate
rebuke recede recite reduce refuge refuse refute regale relate remade remake remote rename renege reopen repose
repute resale reside resume retake retina retire riding riling riming rubier ruling safari salami saline salute
salver sarong sateen sating satire saying seaman seamen secede secure sedate seduce senate senile serene sesame
sewage sexier sexing shaken shaman sharia shelve siding silage silica silvan silver simian simile siting sundae
sunken suntan supine suture tamale taming tangle tannin taping taxing tenure tibiae tidier tiding tiling timing
tingle tinier toucan tubing tuning tureen wading waling wangle waning wapiti warier waxier waxing wooden woolie
yeoman yeomen zanier abalone abating abiding acetate adipose adulate alining amoebae anaemia andante anemone angling
angrier animate antigen antique aquaria asinine atelier bailing baiting balance bandage bandana bandier banding
banning banshee baseman basemen bending benzene binding binning bitumen boating bonanza boobing booming booting
boozier bugaboo bulimia buoying bushier caboose cadence cadenza calorie cannier canning cantata canteen canting
carouse cashier censure centime chalice charier cheapen chemise chiding chiming cicadae citizen courier cuisine
cunning cushier dandier dealing decease deeding deeming defense deliria denizen dentine denting denture denying
derange dialing dieting diocese dioxide disease dueling dunning duodena edamame editing educate elating eliding
eloping eluding emanate emoting emulate enemata enhance envying epicure erasure eroding erotica erudite exiling
exiting exuding fancier fanfare fanning fanzine fatigue fending foaling foamier foaming foliage fooling footage
footing foreman foremen foresee fouling fueling gaining ganglia gentian gentile goutier guiding gunning gunwale
gushier hailing hairier halogen handier handing hangman hangmen headier heading healing heaping heating heeding
heeling humaner hunting jinxing jubilee karaoke keeling keening keeping kenning lacunae landing lanolin leading
leakage leaning leaping leerier legatee leisure leonine licence license limeade lineage lineman linemen linkage
linting lionize loading loamier loaning looming loonier loopier looping looting lousier lozenge machete machine
magenta mailing maiming malaise malaria manatee mandate manlier manning mealier meaning measure meatier mediate
meeting melange melanin mending mileage militia minding mintier minting minutia moaning moodier mooning mooting
mousier mushier nailing nebulae needier needing neonate ninepin ocarina okaying onetime opaquer opining oregano
origami oxidize paining panacea panache pancake pannier panning panting papoose patinae penance pending penlite
penning picante pinkeye pinnate pinning pioneer piranha pooling pooping pouting puerile puritan pushier queerer
quoting randier ranting readier reading realize reaming reaping reedier reeling refugee regalia release rending
renting reroute residue retaken retinae retinue retiree rioting routine routing ruining runnier running sailing
salvage sandier sanding satiate sealing seamier seaming seaside seating seedier seeding seeming seepage seeping
selvage sending serener shadier shading shaming shaping shebang sheerer shinier shining shuteye situate soupier
souping suicide suiting sunnier sunning sunrise tailing tangelo tanning tapioca teaming tearier teatime teeming
teenage teenier touting wailing waiting wanting wending woodier wooding woolier woozier academia adequate aerating
alienate aliening amending analogue annexing anorexia antedate awaiting badinage bandanna baseline basilica bogeying
bohemian calamine camomile canonize celibate cerulean cesarean cesarian cetacean chaining chancier chanting cheating
cheeping cheerier cheesier chimaera cutesier dangling database dateline debating debiting debuting decaying deciding
decimate dedicate defaming delaying delegate deleting delicate deluding dementia demoting denature denoting denuding
deputing deputize deriding detainee dialogue dilating diluting diocesan disabuse disunite dungaree elegance elongate
emaciate emailing emending eminence endanger entangle epilogue equaling equalize equating eyeliner eyepiece faceting
forebode forename foreseen fumigate fuselage ganglier gangling gangrene gelatine generate genocide geocache guidance
hacienda harangue headache heritage hesitate humanize jingling julienne kamikaze laminate language latitude legalese
legalize lemonade licensee ligature likelier likening limiting lingerer lingerie litigate localize locating lonelier
longtime magazine malinger mangling manicure mariachi marinade marinate maritime maximize meantime medicate medicine
meditate melanoma memorize menhaden meridian meriting militate mingling minibike minimize minutiae minuting mitigate
mobilize modeling modulate molecule monetize moseying mucilage muleteer musicale musician mutating mutilate mutineer
namesake nasalize negating nineteen paleface palisade palomino paneling patience penalize picayune piloting pinafore
polarize pomading populace populate positing quailing queasier queening querying reawaken rebating receding reciting
refuting regaling regulate relating relaxing relaying relegate reliance relocate renaming renegade repaying reputing
residing resuming ridicule ruminate rutabaga sabotage salience saluting sanguine sanitize sapience satirize seceding
sedating sequence serenade shanghai sheeting shouting shunning shunting sideline sidelong silicate simulate sinecure
sugarier sunshine tabulate tangling teensier telexing timelier timeline tingling touchier tutelage wakening wangling
waterier womanize woodener yodeling yuletide abominate adulating alongside animating annealing antiquate awakening
balalaika boomerang busheling caesarean caesarian canceling candidate careening catalogue catamaran catechise
catechize cementing chamomile chiseling cunninger deadening debenture decadence decanting defending defoliate
delineate delinting demanding demeaning depending detailing detaining dieseling dietician dietitian diligence
disengage educating eliciting eliminate eloquence elucidate emanating emulating enameling enchilada endurance
entailing epicurean eradicate fantasize fomenting forewoman forewomen galvanize genitalia guacamole guarantee
guideline habituate humiliate junketing kenneling lamenting limousine lookalike looneyier loosening luxuriate
machining maharanee maharishi mandating manganese marihuana marijuana mechanize mediating memoranda menagerie
meteorite miniature minuteman minutemen motioning obeisance orangeade orangutan orientate orienting parentage
parenting penciling pinioning policeman policemen polonaise pulverize queenlier quotidian reanimate rebinding
recanting recouping redeeming reeducate refueling regaining reheating reloading remaining remanding reminding
repenting repudiate rereading rerouting rerunning resenting residence retailing retaining retaliate reticence
routinize salaaming sanitaria sashaying satiating sensitize sentience serialize shareware situating tangerine
tantalize tarantula tenanting timepiece tunneling warehouse wolverine womanlier womanlike alienating antedating
anticipate aquamarine banqueting bayoneting capitalize capitulate caricature cataloguer chandelier changeling
channeling charioteer cheesecake congealing congregate congruence cushioning datelining debilitate decapitate
decimating dedicating degenerate dehumanize delegating delimiting demobilize denominate dependance dependence
depopulate depositing deregulate desalinate disuniting eigenvalue elongating emaciating emancipate enchanting
entangling enveloping facilitate fashioning foreboding fumigating gangrening generalize generating gunrunning
hesitating judicature laminating licentiate litigating luxuriance malingerer manipulate marinading marinating
medicating meditating melanomata mentioning metabolize militarize militating militiaman militiamen mitigating
modulating mutilating orangutang pensioning politician politicize popularize populating quarantine rededicate
regenerate regularize regulating relegating relocating remodeling renegading repentance resilience ridiculing
ruminating secularize seminarian serenading shenanigan sidelining silverware simulating suntanning tabulating
tarantulae abominating academician antiquarian antiquating cannibalize capacitance centenarian defoliating
delineating desensitize disentangle egalitarian eliminating elucidating eradicating familiarize habituating
humiliating luxuriating materialize megalomania memorialize miniaturize nationalize orientating policewoman
policewomen positioning reanimating reawakening reeducating repudiating retaliating anticipating capitulating
congregating debilitating decapitating degenerating demilitarize denominating depoliticize depopulating deregulating
desalinating emancipating facilitating housekeeping humanitarian manipulating meetinghouse quarantining recapitulate
rededicating refashioning regenerating rehabilitate disenchanting disentangling recapitulating rehabilitating
sentimentalize
`
    .trim()
    .split(/\s+/),
);

/** Longer words, or more of them, are English prose: pinyin messages are a few words of a few syllables. */
const MAX_WORD_LENGTH = 40;
const MAX_WORDS = 20;

/** A word: letters, split at spaces, punctuation and apostrophes ("xi'an" is xi and an, "I'm" is no pinyin). */
const WORD = /\p{L}+/gu;

/**
 * Whether the words of a message (digits and neutral Latin such as "ok" taken out) are pinyin: every word a string of
 * syllables, two syllables at least ("wo" alone says nothing), and more of the words not English than English ("wo you
 * wenti" is pinyin, "you can" is not). English stops at its first word that is not syllables, most often the first.
 */
export function isPinyin(text: string): boolean {
  let words = 0;
  let english = 0;
  let first = '';
  WORD.lastIndex = 0;
  for (let match = WORD.exec(text); match !== null; match = WORD.exec(text)) {
    const word = match[0].toLowerCase();
    if (++words > MAX_WORDS || !isSyllables(word)) return false;
    if (ENGLISH.has(word)) english++;
    if (words === 1) first = word;
  }
  if (words === 0 || (words === 1 && SYLLABLES.has(first))) return false;
  return words - english > english;
}

/** Reached[i] says whether the word's first i letters split into syllables. */
const reached = new Uint8Array(MAX_WORD_LENGTH + 1);

function isSyllables(word: string): boolean {
  if (SYLLABLES.has(word)) return true;
  if (word.length > MAX_WORD_LENGTH) return false;
  reached.fill(0, 0, word.length + 1);
  reached[0] = 1;
  let last = 0;
  for (let end = 1; end <= word.length; end++) {
    // No syllable is longer: the letters since the last split cannot be one.
    if (end - last > LONGEST_SYLLABLE) return false;
    for (let length = 1; length <= LONGEST_SYLLABLE && length <= end; length++) {
      if (reached[end - length] && SYLLABLES.has(word.slice(end - length, end))) {
        reached[end] = 1;
        last = end;
        break;
      }
    }
  }
  return reached[word.length] === 1;
}
