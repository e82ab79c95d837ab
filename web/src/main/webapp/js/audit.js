// app/audit.html: the audit trail searched, newest first, a page at a time (admin; finance for money entities).
(() => {
    const form = document.getElementById('audit-form');
    const result = document.getElementById('result');
    const previous = document.getElementById('previous');
    const next = document.getElementById('next');
    let entityNames = {};
    let asked = {};

    const ENTRY_COLUMNS = [
        { label: '时间', value: entry => Huzhu.dateTime(entry.at) },
        { label: '操作人', value: entry => entry.actor },
        { label: '记录类型', value: entry => entityNames[entry.entity] || entry.entity },
        { label: '记录编号', value: entry => entry.ref },
        { label: '操作', value: entry => entry.action },
        { label: '状态变化', value: entry => entry.from || entry.to ? (entry.from || '') + ' → ' + (entry.to || '') : '' },
        { label: '说明', value: entry => entry.reason || '' },
    ];

    /** The asked page of the asked search; the paging buttons say whether there is one before and after. */
    async function show(page) {
        const found = await Huzhu.api('audit?' + new URLSearchParams({ ...asked, page }));
        Huzhu.table(document.getElementById('entries'), ENTRY_COLUMNS, found.items, '没有符合条件的审计记录');
        Huzhu.text('page-number', '第 ' + found.page + ' 页');
        previous.disabled = found.page <= 1;
        next.disabled = !found.hasMore;
        previous.onclick = () => show(found.page - 1).catch(failed);
        next.onclick = () => show(found.page + 1).catch(failed);
        return found;
    }

    function failed(error) {
        Huzhu.notice(result, 'error', Huzhu.problemText(error));
    }

    Huzhu.startPage().then(async () => {
        entityNames = await Huzhu.api('audit/entities');
        Huzhu.fillSelect(document.getElementById('entity'), Object.entries(entityNames), '全部');
        Huzhu.bindForm(form, result, () => {
            asked = Huzhu.formValues(form);
            return show(1);
        }, () => {});
        return show(1);
    }).catch(failed);
})();
