// The HTML of the stand-in shop pages (home, buy PLUS, real-name verification): small, mobile-friendly, Chinese with an English line.

export interface Page {
  status: number;
  html: string;
}

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

function layout(title: string, body: string, status = 200): Page {
  const html = `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>
  body { font-family: system-ui, -apple-system, "PingFang SC", "Microsoft YaHei", sans-serif; margin: 0; background: #f5f5f5; color: #222; }
  main { max-width: 28rem; margin: 0 auto; padding: 1.5rem 1rem; }
  .card { background: #fff; border-radius: 12px; padding: 1.25rem; box-shadow: 0 1px 4px rgba(0,0,0,.08); }
  h1 { font-size: 1.3rem; margin: 0 0 .25rem; color: #e1251b; }
  .en { color: #666; font-size: .9rem; margin: 0 0 1rem; }
  label { display: block; margin: .75rem 0 .25rem; }
  input[type=text] { width: 100%; box-sizing: border-box; padding: .6rem; font-size: 1rem; border: 1px solid #ccc; border-radius: 8px; }
  button { width: 100%; margin-top: 1rem; padding: .8rem; font-size: 1.05rem; border: 0; border-radius: 8px; background: #e1251b; color: #fff; }
  .error { color: #b00020; background: #fdecea; padding: .6rem; border-radius: 8px; }
  .demo { color: #888; font-size: .8rem; text-align: center; margin-top: 1rem; }
</style>
</head>
<body><main><div class="card">
${body}
</div><p class="demo">演示页面，不会真实扣款或核验身份。<br>Demo stand-in page: nothing is charged or checked for real.</p></main></body>
</html>
`;
  return { status, html };
}

// Forms have no action: they post back to the page's own address, whatever host, port or proxy prefix it was opened through.

const heading = (zh: string, en: string) => `<h1>${zh}</h1>\n<p class="en">${en}</p>`;

// True for every customer: the next check (credit, say) may still refuse pay-later, so the page promises no enabling.
const backToChat = `<p>请回到聊天窗口，助手会在聊天里接着帮您办理下一步。</p>
<p class="en">Go back to the chat: the assistant continues there with the next step.</p>`;

/**
 * The shop's home page, which the chat's "go shopping" button opens: the mock has no goods, so it says where a real shop
 * would offer pay-later (the checkout page) and sends the customer back to the chat.
 */
export function shopHome(): Page {
  return layout(
    '演示商城',
    `${heading('演示商城', 'Demo shop')}
<p>这里代表商城首页。在真实商城里，挑好商品去结算，开通了先用后付的话，结算页的支付方式里就能选「先用后付」，提交订单即可。</p>
<p class="en">This page stands in for the shop's home page: in the real shop, pick your goods and go to checkout, where pay-later shows among the payment options once it is turned on.</p>
<p>有问题可以回到聊天窗口问助手。</p>
<p class="en">Questions? Go back to the chat and ask the assistant.</p>`,
  );
}

export function plusForm(accountId: string, phoneMasked: string): Page {
  return layout(
    '开通 PLUS 会员',
    `${heading('开通 PLUS 会员', 'Join PLUS membership')}
<p>账户 ${escapeHtml(phoneMasked)}。PLUS 会员是使用先用后付的条件之一。</p>
<p class="en">PLUS membership is one of the conditions for pay-later.</p>
<form method="post">
<input type="hidden" name="accountId" value="${escapeHtml(accountId)}">
<p><strong>PLUS 年卡</strong> · ¥0（演示 demo）</p>
<button type="submit">立即开通 · Join now</button>
</form>`,
  );
}

export function plusDone(): Page {
  return layout('PLUS 会员已开通', `${heading('PLUS 会员已开通 🎉', 'Your PLUS membership is active.')}\n${backToChat}`);
}

export interface RealNameFormState {
  name?: string;
  idNumber?: string;
  error?: { zh: string; en: string };
}

export function realNameForm(accountId: string, phoneMasked: string, state: RealNameFormState = {}): Page {
  const error = state.error
    ? `<p class="error" role="alert">${escapeHtml(state.error.zh)}<br>${escapeHtml(state.error.en)}</p>`
    : '';
  return layout(
    '实名认证',
    `${heading('实名认证', 'Real-name verification')}
<p>账户 ${escapeHtml(phoneMasked)}。请填写与身份证一致的姓名和 18 位身份证号。</p>
<p class="en">Enter your name and 18-character resident ID number.</p>
${error}
<form method="post">
<input type="hidden" name="accountId" value="${escapeHtml(accountId)}">
<label for="name">姓名 · Name</label>
<input type="text" id="name" name="name" required maxlength="30" autocomplete="name" value="${escapeHtml(state.name ?? '')}">
<label for="idNumber">身份证号 · ID number</label>
<input type="text" id="idNumber" name="idNumber" required minlength="18" maxlength="18" inputmode="text" autocomplete="off" value="${escapeHtml(state.idNumber ?? '')}">
<button type="submit">提交认证 · Verify</button>
</form>`,
    state.error ? 400 : 200,
  );
}

export function realNameDone(): Page {
  return layout('实名认证完成', `${heading('实名认证已完成 ✅', 'Your real-name verification is done.')}\n${backToChat}`);
}

export function accountNotFound(): Page {
  return layout(
    '找不到账户',
    `${heading('找不到这个账户', 'Account not found.')}
<p>请从聊天中的链接重新打开此页面。</p>
<p class="en">Open this page again from the link in the chat.</p>`,
    404,
  );
}
