// The page's script: starts or resumes a Direct Line conversation and renders Web Chat in the chosen language.
(function () {
  'use strict';

  var config = JSON.parse(document.getElementById('webchat-config').textContent);
  var SESSION_KEY = 'paylater.webchat.session';
  var LOCALE_KEY = 'paylater.webchat.locale';
  // DirectLineJS connection states (ConnectionStatus in botframework-directlinejs).
  var ONLINE = 2;
  var LOST = [3 /* ExpiredToken */, 4 /* FailedToConnect */, 5 /* Ended */];
  // Tries, a second apart, to resume the saved conversation before a reload gives up on it.
  var RESUME_ATTEMPTS = 10;

  var UI = {
    'zh-CN': {
      assistantName: '先用后付 助手',
      languageLabel: '语言',
      notice: '先收货、后付款。助手和客服都不会向您索要密码。',
      connectionLost: '连接已断开，之前的对话无法继续。',
      restart: '重新开始',
      userInitials: '我',
      botInitials: '助',
      agentLabel: '人工客服',
    },
    'en-US': {
      assistantName: '先用后付 Pay Later Assistant',
      languageLabel: 'Language',
      notice: 'Receive first, pay later. Neither the assistant nor our agents will ask for your password.',
      connectionLost: 'The connection was lost; this conversation cannot continue.',
      restart: 'Start over',
      userInitials: 'Me',
      botInitials: 'AI',
      agentLabel: 'Agent',
    },
  };

  // sessionStorage can throw (storage disabled); the chat still works, it just will not survive a reload.
  function readJson(key) {
    try {
      return JSON.parse(sessionStorage.getItem(key) || 'null');
    } catch (e) {
      return null;
    }
  }
  function write(key, value) {
    try {
      if (value === null) sessionStorage.removeItem(key);
      else sessionStorage.setItem(key, JSON.stringify(value));
    } catch (e) {
      /* see readJson */
    }
  }

  function postDirectLine(path, token) {
    return fetch(config.directLinePath + path, {
      method: 'POST',
      headers: token ? { Authorization: 'Bearer ' + token } : {},
    }).then(function (res) {
      if (!res.ok) {
        var error = new Error(path + ' answered HTTP ' + res.status);
        error.status = res.status;
        throw error;
      }
      return res.json();
    });
  }

  /**
   * After a reload, the saved token is refreshed (the server answers 404/403 when the conversation is gone or the
   * token expired) and the conversation is resumed; otherwise a new conversation-scoped token is minted.
   */
  function connect() {
    var saved = readJson(SESSION_KEY);
    var fresh = function () {
      write(SESSION_KEY, null);
      return postDirectLine('/tokens/generate').then(function (r) {
        return { token: r.token };
      });
    };
    if (!saved || !saved.token || !saved.conversationId) return fresh();
    var resume = function (attempt) {
      return postDirectLine('/tokens/refresh', saved.token).then(
        function (r) {
          return { token: r.token, conversationId: saved.conversationId };
        },
        function (err) {
          // Gone or expired: a new conversation. Unreachable or busy (the bot restarting): ask again first.
          if (err.status === 404 || err.status === 403 || attempt >= RESUME_ATTEMPTS) return fresh();
          return new Promise(function (done) {
            setTimeout(done, 1000);
          }).then(function () {
            return resume(attempt + 1);
          });
        }
      );
    };
    return resume(1);
  }

  var initialLocale = readJson(LOCALE_KEY);
  var locale = UI[initialLocale] ? initialLocale : UI[config.defaultLocale] ? config.defaultLocale : 'zh-CN';
  var directLine = null;

  /**
   * An agent speaks through the bot's account (the bot marks the message: channelData.sender 'agent'), so Web Chat
   * would show it as the bot's: the bubble gets the agent's label as its first line, in the page's language when the
   * message arrives. Only the page's copy changes: the transcript keeps the agent's words as they were.
   */
  function labelAgentMessage(action) {
    var activity = action.type === 'DIRECT_LINE/INCOMING_ACTIVITY' && action.payload && action.payload.activity;
    var fromAgent = activity && activity.type === 'message' && activity.channelData && activity.channelData.sender === 'agent';
    if (!fromAgent || typeof activity.text !== 'string') return action;
    var label = UI[locale].agentLabel;
    // Web Chat renders a bot's text as Markdown unless told otherwise.
    var markdown = !activity.textFormat || activity.textFormat === 'markdown';
    var text = markdown ? '**' + label + '**\n\n' + activity.text : label + ': ' + activity.text;
    var labelled = Object.assign({}, activity, { text: text });
    return Object.assign({}, action, { payload: Object.assign({}, action.payload, { activity: labelled }) });
  }

  // One store for the page's life, so switching language re-renders Web Chat without losing the transcript.
  var store = window.WebChat.createStore({}, function () {
    return function (next) {
      return function (action) {
        return next(labelAgentMessage(action));
      };
    };
  });

  function styleOptions() {
    var ui = UI[locale];
    return {
      accent: '#e1251b',
      backgroundColor: '#f7f7f7',
      primaryFont: "'PingFang SC', 'Microsoft YaHei', 'WenQuanYi Micro Hei', 'Noto Sans CJK SC', sans-serif",
      botAvatarInitials: ui.botInitials,
      botAvatarBackgroundColor: '#e1251b',
      userAvatarInitials: ui.userInitials,
      userAvatarBackgroundColor: '#999999',
      bubbleBackground: '#ffffff',
      bubbleBorderColor: '#eeeeee',
      bubbleBorderRadius: 12,
      bubbleFromUserBackground: '#e1251b',
      bubbleFromUserTextColor: '#ffffff',
      bubbleFromUserBorderColor: '#e1251b',
      bubbleFromUserBorderRadius: 12,
      suggestedActionLayout: 'flow',
      suggestedActionBorderRadius: 16,
      suggestedActionBorderColor: '#e1251b',
      suggestedActionTextColor: '#e1251b',
      suggestedActionBackgroundColor: '#ffffff',
      suggestedActionBackgroundColorOnHover: '#fff1f0',
      sendBoxButtonColor: '#e1251b',
      sendBoxButtonColorOnHover: '#b81d15',
      // No upload route in this channel.
      hideUploadButton: true,
    };
  }

  function applyPageText() {
    var ui = UI[locale];
    var texts = Object.assign({ shopName: config.shopName[locale] || config.shopName['zh-CN'] }, ui);
    document.documentElement.lang = locale;
    document.title = ui.assistantName + ' - ' + texts.shopName;
    document.querySelectorAll('[data-text]').forEach(function (el) {
      el.textContent = texts[el.getAttribute('data-text')];
    });
    document.querySelectorAll('[data-label]').forEach(function (el) {
      el.setAttribute('aria-label', texts[el.getAttribute('data-label')]);
    });
    document.querySelectorAll('.lang-switch button').forEach(function (button) {
      button.setAttribute('aria-pressed', String(button.getAttribute('data-locale') === locale));
    });
  }

  function renderChat() {
    if (!directLine) return;
    // Web Chat stamps this locale on every activity it sends, which is how the bot learns the choice.
    window.WebChat.renderWebChat(
      { directLine: directLine, store: store, locale: locale, styleOptions: styleOptions() },
      document.getElementById('webchat')
    );
  }

  function setLocale(next) {
    if (!UI[next] || next === locale) return;
    locale = next;
    write(LOCALE_KEY, next);
    applyPageText();
    renderChat();
  }

  // DirectLineJS refreshes its token every 15 minutes; keep the newest one for the next reload.
  function saveSession() {
    if (directLine && directLine.conversationId && directLine.token) {
      write(SESSION_KEY, { conversationId: directLine.conversationId, token: directLine.token });
    }
  }

  function showConnectionLost() {
    document.querySelector('.connection-lost').hidden = false;
  }

  document.querySelectorAll('.lang-switch button').forEach(function (button) {
    button.addEventListener('click', function () {
      setLocale(button.getAttribute('data-locale'));
    });
  });
  document.querySelector('.connection-lost .restart').addEventListener('click', function () {
    // Otherwise the pagehide handler would save the dead conversation again on the way out.
    window.removeEventListener('pagehide', saveSession);
    write(SESSION_KEY, null);
    location.reload();
  });
  window.addEventListener('pagehide', saveSession);
  setInterval(saveSession, 60 * 1000);

  applyPageText();

  var subscription = null;

  /** Connects Web Chat to the conversation; `session.watermark` resumes from there instead of replaying the log. */
  function startDirectLine(session) {
    directLine = window.WebChat.createDirectLine({
      token: session.token,
      // With a conversationId DirectLineJS resumes (GET /conversations/:id); without a watermark it then polls from
      // the start, so the reloaded page shows the whole conversation again.
      conversationId: session.conversationId,
      watermark: session.watermark,
      domain: location.origin + config.directLinePath,
      webSocket: false,
      pollingInterval: config.pollingIntervalMs,
      conversationStartProperties: { locale: locale },
    });
    subscription = directLine.connectionStatus$.subscribe(function (status) {
      if (status === ONLINE) saveSession();
      if (LOST.indexOf(status) >= 0) showConnectionLost();
    });
    renderChat();
  }

  // DirectLineJS stops polling for good when one poll fails with anything but 403 or 404 (the bot restarting, a
  // dropped connection), and still reports itself online: the page would silently stop showing replies. Its polls
  // are XMLHttpRequests to `…/activities?watermark=`; after a failed one the page connects again to the same
  // conversation from its watermark. The server keeps the conversation, or rebuilds it from the transcript after
  // a restart of the bot.
  var pollFailed = false;
  var reconnecting = false;
  var openRequest = XMLHttpRequest.prototype.open;
  XMLHttpRequest.prototype.open = function (method, url) {
    if (method === 'GET' && String(url).indexOf('/activities?watermark=') >= 0) {
      this.addEventListener('loadend', function () {
        if (this.status !== 200 && this.status !== 403 && this.status !== 404) pollFailed = true;
      });
    }
    return openRequest.apply(this, arguments);
  };

  function reconnect() {
    var stalled = directLine;
    reconnecting = true;
    postDirectLine('/tokens/refresh', stalled.token).then(
      function (r) {
        // Unsubscribed first: ending the stalled client reports "Ended", which is not the customer's conversation ending.
        subscription.unsubscribe();
        stalled.end();
        pollFailed = false;
        reconnecting = false;
        startDirectLine({ token: r.token, conversationId: stalled.conversationId, watermark: stalled.watermark });
      },
      function (err) {
        reconnecting = false;
        // Unreachable: the next check tries again. Gone or expired: this conversation cannot go on.
        if (err.status === 404 || err.status === 403) showConnectionLost();
      }
    );
  }

  // Once a second: soon after the bot is back, without hammering it while it is not.
  setInterval(function () {
    if (pollFailed && directLine && !reconnecting && document.querySelector('.connection-lost').hidden) reconnect();
  }, 1000);

  connect().then(startDirectLine, function (err) {
    console.error('paylater chat: could not connect', err);
    showConnectionLost();
  });
})();
