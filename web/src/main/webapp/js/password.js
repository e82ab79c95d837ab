// app/password.html: the signed-in user replaces their password (an issued one at first sign-in).
(() => {
    const form = document.getElementById('password-form');
    const result = document.getElementById('result');
    const value = id => document.getElementById(id).value;

    class Mismatch extends Huzhu.ApiError {
        constructor() {
            super(400, { title: '输入有误', errors: [{ field: 'confirmPassword', message: '两次输入的新密码不一致' }] });
        }
    }

    Huzhu.startPage().then(() => {
        Huzhu.bindForm(form, result, async () => {
            if (value('newPassword') !== value('confirmPassword')) throw new Mismatch();
            return Huzhu.send('POST', 'me/password',
                { currentPassword: value('currentPassword'), newPassword: value('newPassword') });
        }, () => {
            form.reset();
            Huzhu.notice(result, 'ok', '密码已修改，下次登录请使用新密码。');
        });
    }).catch(error => Huzhu.notice(result, 'error', Huzhu.problemText(error)));
})();
