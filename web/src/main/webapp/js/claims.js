// app/claims.html: claims found by number or member name, filtered by status and overdue.
(() => {
    const { el } = Huzhu;
    const form = document.getElementById('search');
    const result = document.getElementById('result');

    const COLUMNS = [
        { label: '理赔编号', value: c => el('a', { href: 'claim.html?claimNo=' + encodeURIComponent(c.claimNo) }, c.claimNo) },
        { label: '会员编号', value: c => c.memberNo },
        { label: '会员姓名', value: c => c.memberName },
        { label: '保障计划', value: c => Huzhu.label('plan', c.planCode) },
        { label: '状态', value: statusBadge },
        { label: '提交时间', value: c => Huzhu.dateTime(c.submittedAt) },
        { label: '办结期限', value: c => c.dueDate },
        { label: '逾期', value: c => c.overdue ? el('span', { class: 'status overdue' }, '已逾期') : '' },
    ];

    function statusBadge(claim) {
        return el('span', { class: 'status ' + claim.status }, Huzhu.label('status', claim.status));
    }

    function fillFromAddress() {
        const params = new URLSearchParams(location.search);
        form.q.value = params.get('q') || '';
        form.status.value = params.get('status') || '';
        form.overdue.checked = params.get('overdue') === 'true';
    }

    async function search() {
        const query = new URLSearchParams(Huzhu.formValues(form)).toString();
        history.replaceState(null, '', query ? '?' + query : location.pathname);
        try {
            const page = await Huzhu.api('claims' + (query ? '?' + query : ''));
            result.replaceChildren();
            Huzhu.text('total', '共 ' + page.total + ' 件' + (page.items.length < page.total ? '，显示前 ' + page.items.length + ' 件' : ''));
            Huzhu.table(document.getElementById('claims'), COLUMNS, page.items, '没有符合条件的理赔');
        } catch (error) {
            Huzhu.notice(result, 'error', Huzhu.problemText(error));
        }
    }

    Huzhu.startPage().then(() => {
        Huzhu.fillSelect(form.status, Huzhu.labelPairs('status'), '全部');
        fillFromAddress();
        form.addEventListener('submit', event => { event.preventDefault(); search(); });
        search();
    });
})();
