// Moved out of login.html: the Content-Security-Policy allows no inline script.
const loginError = new URLSearchParams(location.search).get('error');
if (loginError !== null) {
    const message = document.getElementById('login-error');
    if (loginError === 'expired') message.textContent = '发放的初始密码已过期，请联系管理员重置密码。';
    if (loginError === 'disabled') message.textContent = '账户已停用，请联系管理员。';
    message.hidden = false;
}
