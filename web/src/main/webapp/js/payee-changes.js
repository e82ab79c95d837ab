// app/payee-changes.html: payee changes and unit moves that wait for a second person (reviewer, finance).
(() => {
    const result = document.getElementById('result');

    function decision(change) {
        const reason = Huzhu.el('input', { name: 'reason', maxlength: '200', placeholder: '说明（驳回时必填）',
            'aria-label': '说明' });
        // In a label inside the form, so that a refusal's missing reason is shown in this form (bindForm).
        const form = Huzhu.el('form', { class: 'toolbar', 'data-change': String(change.id) }, Huzhu.el('label', {}, reason),
            Huzhu.el('button', { type: 'submit', value: 'confirm' }, '确认'),
            Huzhu.el('button', { type: 'submit', value: 'refuse', class: 'secondary' }, '驳回'));
        Huzhu.bindForm(form, result,
            event => Huzhu.send('POST', 'payee-changes/' + change.id + '/' + event.submitter.value, Huzhu.formValues(form)),
            decided => list().then(() => Huzhu.notice(result, 'ok', '变更 ' + decided.id + ' 已'
                + (decided.status === 'CONFIRMED' ? '确认' : '驳回'))));
        return form;
    }

    const COLUMNS = [
        { label: '编号', value: c => String(c.id) },
        { label: '类别', value: c => Huzhu.label('payeeChangeKind', c.kind) },
        { label: '会员', value: c => c.memberNo + ' ' + c.memberName },
        { label: '现在', value: c => c.current },
        { label: '申请改为', value: c => c.requested },
        { label: '提出', value: c => c.requestedBy + '（' + Huzhu.label('payeeChangeSource', c.source) + '，' + Huzhu.dateTime(c.requestedAt) + '）' },
        { label: '处理', value: decision },
    ];

    async function list() {
        const answer = await Huzhu.api('payee-changes?status=PENDING');
        Huzhu.table(document.getElementById('changes'), COLUMNS, answer.items, '没有待确认的变更');
    }

    Huzhu.startPage().then(list).catch(error => Huzhu.notice(result, 'error', Huzhu.problemText(error)));
})();
