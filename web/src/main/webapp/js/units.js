// app/units.html: register the units whose workers enrol, and list them.
(() => {
    const form = document.getElementById('unit-form');
    const result = document.getElementById('result');

    const UNIT_COLUMNS = [
        { label: '单位编码', value: u => u.code },
        { label: '单位名称', value: u => u.name },
        { label: '统一社会信用代码', value: u => u.uscc },
    ];

    async function list() {
        Huzhu.table(document.getElementById('units'), UNIT_COLUMNS, await Huzhu.api('units'), '尚未登记单位');
    }

    async function registered() {
        const name = document.getElementById('name').value.trim();
        form.reset();
        await list();
        Huzhu.notice(result, 'ok', '已登记单位：' + name);
    }

    Huzhu.startPage().then(() => {
        Huzhu.bindForm(form, result, () => Huzhu.send('POST', 'units', Huzhu.formValues(form)), registered);
        return list();
    }).catch(error => Huzhu.notice(result, 'error', Huzhu.problemText(error)));
})();
