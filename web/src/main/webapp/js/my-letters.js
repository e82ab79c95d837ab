// Moved out of my-letters.html: the Content-Security-Policy allows no inline script.
(() => {
    const message = (text, kind) => {
        const node = document.getElementById('message');
        node.className = 'notice ' + kind;
        node.textContent = text;
        node.hidden = false;
    };

    Huzhu.startPage().then(() => Huzhu.api('me/letters')).then(letters => {
        if (letters.length === 0) {
            message('您目前还没有通知书。理赔结算或帮扶金发放后，通知书会出现在这里。', 'ok');
            return;
        }
        const rows = document.getElementById('rows');
        for (const letter of letters) {
            const link = Huzhu.el('a', { href: Huzhu.base + 'api/v1/letters/' + encodeURIComponent(letter.letterNo),
                download: letter.letterNo + '.pdf' }, '下载 PDF');
            rows.append(Huzhu.el('tr', {},
                Huzhu.el('td', {}, letter.letterNo,
                    letter.supersededBy ? Huzhu.el('span', { class: 'muted' }, '（已作废，由 ' + letter.supersededBy + ' 取代）') : ''),
                Huzhu.el('td', {}, Huzhu.label('letterKind', letter.kind)),
                Huzhu.el('td', {}, letter.subject),
                Huzhu.el('td', {}, Huzhu.dateTime(letter.issuedAt)),
                Huzhu.el('td', {}, link)));
        }
        document.getElementById('letters').hidden = false;
    }).catch(error => message(error.status === 403 ? '此页面仅供会员查看本人的通知书。' : '无法读取通知书：' + error.message, 'error'));
})();
