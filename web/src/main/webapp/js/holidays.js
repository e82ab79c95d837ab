// app/holidays.html: the holiday calendar that the 1-3-10 due dates skip (admin).
(() => {
    const form = document.getElementById('holiday-form');
    const yearForm = document.getElementById('year-form');
    const year = document.getElementById('year');
    const result = document.getElementById('result');

    const HOLIDAY_COLUMNS = [
        { label: '日期', value: h => h.day },
        { label: '名称', value: h => h.name },
    ];

    async function list() {
        const holidays = await Huzhu.api('holidays?' + new URLSearchParams({ year: year.value }));
        Huzhu.table(document.getElementById('holidays'), HOLIDAY_COLUMNS, holidays, year.value + ' 年尚未登记节假日');
    }

    async function added() {
        const day = document.getElementById('day').value;
        form.reset();
        year.value = day.substring(0, 4);
        await list();
        Huzhu.notice(result, 'ok', '已添加节假日 ' + day);
    }

    Huzhu.startPage().then(() => {
        year.value = new Date().getFullYear();
        Huzhu.bindForm(form, result, () => Huzhu.send('POST', 'holidays', Huzhu.formValues(form)), added);
        yearForm.addEventListener('submit', event => { event.preventDefault(); list().catch(error => Huzhu.notice(result, 'error', Huzhu.problemText(error))); });
        return list();
    }).catch(error => Huzhu.notice(result, 'error', Huzhu.problemText(error)));
})();
