// Moved out of verify.html: the Content-Security-Policy allows no inline script.
(() => {
    const yesNo = value => value === null || value === undefined ? '不适用（按编号和验证码核验）' : (value ? '是' : '否');

    function show(answer) {
        const genuine = answer.issued && answer.current && answer.signatureValid && answer.unchanged !== false;
        const verdict = document.getElementById('verdict');
        verdict.className = 'notice ' + (genuine ? 'ok' : 'error');
        verdict.textContent = genuine ? '✔ 这是本会签发的有效通知书。' : '✘ 未能确认这是本会签发的有效通知书。';
        Huzhu.text('r-letterNo', answer.letterNo || '—');
        Huzhu.text('r-issued', yesNo(answer.issued));
        Huzhu.text('r-unchanged', yesNo(answer.unchanged));
        Huzhu.text('r-current', yesNo(answer.current));
        Huzhu.text('r-signatureValid', yesNo(answer.signatureValid));
        Huzhu.text('r-reason', answer.reason);
        document.getElementById('result').hidden = false;
    }

    function showError(error) {
        const verdict = document.getElementById('verdict');
        verdict.className = 'notice error';
        const detail = error.problem && error.problem.detail ? '：' + error.problem.detail : '';
        verdict.textContent = '无法验证：' + error.message + detail;
        for (const id of ['r-letterNo', 'r-issued', 'r-unchanged', 'r-current', 'r-signatureValid', 'r-reason']) {
            Huzhu.text(id, '—');
        }
        document.getElementById('result').hidden = false;
    }

    function check(request) {
        request.then(show).catch(showError);
    }

    document.getElementById('by-file').addEventListener('submit', event => {
        event.preventDefault();
        const file = document.getElementById('file').files[0];
        if (!file) return;
        const form = new FormData();
        form.append('file', file);
        check(Huzhu.api('verify', { method: 'POST', body: form }));
    });

    document.getElementById('by-code').addEventListener('submit', event => {
        event.preventDefault();
        check(Huzhu.api('verify', { method: 'POST', body: JSON.stringify({
            letterNo: document.getElementById('letterNo').value.trim(),
            code: document.getElementById('code').value.trim(),
        }) }));
    });

    // The QR code on a letter opens this page with its number and code filled in.
    const query = new URLSearchParams(location.search);
    if (query.get('letter') && query.get('code')) {
        document.getElementById('letterNo').value = query.get('letter');
        document.getElementById('code').value = query.get('code');
        document.getElementById('by-code').requestSubmit();
    }
})();
