// Moved out of login.html: the Content-Security-Policy allows no inline script.

// Where a member goes once signed in by code: where the login form takes members today.
const MEMBER_HOME = '/huzhu/app/';
const API = '/huzhu/api/v1/';
// The server sends one code a minute to a phone; the button waits as long.
const RESEND_SECONDS = 60;

const loginError = new URLSearchParams(location.search).get('error');
if (loginError !== null) {
    const message = document.getElementById('login-error');
    if (loginError === 'expired') message.textContent = '发放的初始密码已过期，请联系管理员重置密码。';
    if (loginError === 'disabled') message.textContent = '账户已停用，请联系管理员。';
    message.hidden = false;
}

const tabs = { 'tab-password': 'password-form', 'tab-code': 'code-form' };
for (const [tabId, formId] of Object.entries(tabs)) {
    document.getElementById(tabId).addEventListener('click', () => {
        for (const [otherTab, otherForm] of Object.entries(tabs)) {
            document.getElementById(otherTab).setAttribute('aria-selected', String(otherTab === tabId));
            document.getElementById(otherForm).hidden = otherForm !== formId;
        }
        document.querySelector('#' + formId + ' input').focus();
    });
}

const phoneField = document.getElementById('code-phone');
const codeField = document.getElementById('code');
const sendButton = document.getElementById('send-code');
const notice = document.getElementById('code-notice');

function say(text, kind) {
    notice.textContent = text;
    notice.className = 'notice ' + kind;
    notice.hidden = false;
}

// The pages' proof header too: a signed-in browser's post without it would be refused (CrossSiteRequests).
async function post(path, body) {
    const response = await fetch(API + path, {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'Content-Type': 'application/json', 'Accept': 'application/json', 'Accept-Language': 'zh-CN',
                   'X-Huzhu-Request': 'page' },
        body: JSON.stringify(body)
    });
    const problem = response.ok ? null : await response.json().catch(() => ({ title: '请求失败（' + response.status + '）' }));
    return { response, problem };
}

function problemText(problem) {
    const fields = (problem.errors || []).map(error => error.message);
    return [problem.title, ...fields].join('；');
}

function countDown(seconds) {
    let left = seconds;
    sendButton.disabled = true;
    const tick = () => {
        if (left <= 0) {
            sendButton.disabled = false;
            sendButton.textContent = '获取验证码';
            return;
        }
        sendButton.textContent = left + ' 秒后重新获取';
        left -= 1;
        setTimeout(tick, 1000);
    };
    tick();
}

sendButton.addEventListener('click', async () => {
    const { response, problem } = await post('sign-in/code', { phone: phoneField.value.trim() });
    if (response.status === 202) {
        say('如果该手机号已登记，验证码已发送，5 分钟内有效。', 'ok');
        countDown(RESEND_SECONDS);
        codeField.focus();
    } else {
        say(problemText(problem), 'error');
        if (response.status === 429) countDown(Number(response.headers.get('Retry-After')) || RESEND_SECONDS);
    }
});

document.getElementById('code-form').addEventListener('submit', async event => {
    event.preventDefault();
    const { response, problem } = await post('sign-in', { phone: phoneField.value.trim(), code: codeField.value.trim() });
    if (response.ok) {
        location.assign(MEMBER_HOME);
    } else {
        say(problemText(problem), 'error');
    }
});
