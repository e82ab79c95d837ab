// app/my.html: the member's own page, their claims as timelines, their letters and the card their money goes to.
// Cards and stacked lines rather than tables, so that it reads on a phone (huzhu.css, "the member's page").
(() => {
    const el = Huzhu.el;

    const message = (text, kind) => {
        const node = document.getElementById('message');
        node.className = 'notice ' + kind;
        node.textContent = text;
        node.hidden = false;
    };

    const letterLink = letterNo => el('a', { href: Huzhu.base + 'api/v1/letters/' + encodeURIComponent(letterNo),
        download: letterNo + '.pdf', class: 'letter-link' }, letterNo);

    function showPayee(payee) {
        if (!payee) return;
        Huzhu.text('payee-bank', payee.bankName);
        Huzhu.text('payee-card', payee.maskedCard);
        document.getElementById('payee').hidden = false;
    }

    function step(reached) {
        return el('li', { class: 'step ' + reached.status, 'data-status': reached.status },
            el('span', { class: 'step-name' }, Huzhu.label('status', reached.status)),
            el('time', { datetime: reached.at }, Huzhu.dateTime(reached.at)),
            reached.details && reached.details.length
                ? el('ul', { class: 'reasons' }, reached.details.map(detail => el('li', {}, detail))) : '');
    }

    function fact(term, value) {
        return value == null || value === '' ? [] : [el('dt', {}, term), el('dd', {}, value)];
    }

    function claimCard(claim) {
        const promised = el('span', {}, claim.dueDate, claim.overdue ? el('span', { class: 'status overdue' }, '已逾期') : '');
        return el('article', { class: 'claim', 'data-claim-no': claim.claimNo },
            el('h3', {}, el('span', { class: 'claim-no' }, claim.claimNo), ' ',
                el('span', { class: 'status ' + claim.status }, Huzhu.label('status', claim.status))),
            el('dl', { class: 'claim-facts' },
                fact('保障计划', Huzhu.label('plan', claim.planCode)),
                fact('承诺办结日期', promised),
                fact('应付互助金', claim.payable == null ? null : claim.payable + ' 元'),
                fact('通知书', claim.letterNo ? letterLink(claim.letterNo) : null)),
            el('ol', { class: 'timeline' }, claim.steps.map(step),
                claim.next ? el('li', { class: 'step next' }, el('span', { class: 'step-name' }, '下一步'),
                    el('p', {}, claim.next)) : ''));
    }

    function showClaims(claims) {
        const container = document.getElementById('claims');
        if (claims.length === 0) {
            container.replaceChildren(el('p', { class: 'muted' }, '您目前没有理赔申请。申请由所在单位工会的经办人受理。'));
            return;
        }
        container.replaceChildren(...claims.map(claimCard));
    }

    // A re-issued letter stays in the list, marked, so that a member who holds the paper one knows it was replaced.
    function letterItem(letter) {
        const superseded = letter.current === false || letter.supersededBy != null;
        return el('li', { class: 'letter' + (superseded ? ' superseded' : ''), 'data-letter-no': letter.letterNo },
            letterLink(letter.letterNo),
            el('span', {}, Huzhu.label('letterKind', letter.kind)),
            el('span', {}, letter.subject),
            el('time', { datetime: letter.issuedAt }, Huzhu.dateTime(letter.issuedAt)),
            superseded ? el('span', { class: 'status PAYMENT_FAILED' },
                letter.supersededBy ? '已作废，由 ' + letter.supersededBy + ' 替代' : '已作废') : '');
    }

    function showLetters(letters) {
        document.getElementById('letters').replaceChildren(...(letters.length === 0
            ? [el('li', { class: 'muted' }, '您目前还没有通知书。理赔结算或帮扶金发放后，通知书会出现在这里。')]
            : letters.map(letterItem)));
    }

    Huzhu.startPage()
        // An issued password opens nothing but the password page, which startPage's notice links to.
        .then(me => me.mustChangePassword ? null : Promise.all([Huzhu.api('me/claims'), Huzhu.api('me/letters')]))
        .then(answers => {
            if (!answers) return;
            const [page, letters] = answers;
            showPayee(page.payee);
            showClaims(page.claims);
            showLetters(letters);
        })
        .catch(error => message(error.status === 403 ? '此页面仅供会员查看本人的理赔和通知书。'
            : '无法读取您的理赔：' + Huzhu.problemText(error), 'error'));
})();
