// app/grants.html: hardship grant runs (finance), the year's grants (finance) and the staff lists (finance, reviewer).
(() => {
    const runForm = document.getElementById('run-form');
    const yearForm = document.getElementById('year-form');
    const year = document.getElementById('year');
    const result = document.getElementById('result');
    let finance = false;

    const GRANT_COLUMNS = [
        { label: '帮扶编号', value: g => g.grantNo },
        { label: '会员编号', value: g => g.memberNo },
        { label: '类别', value: g => Huzhu.label('grantKind', g.kind) },
        { label: '剩余负担', value: g => g.burden },
        { label: '金额', value: g => g.amount },
    ];
    const LIST_COLUMNS = [
        { label: '会员编号', value: m => m.memberNo },
        { label: '姓名', value: m => m.name },
        { label: '单位', value: m => m.unitName },
        { label: '剩余负担', value: m => m.burden },
        { label: '重疾或女职工特疾', value: m => m.criticalOrFemale ? '是' : '否' },
    ];

    async function show() {
        const query = new URLSearchParams({ year: year.value });
        for (const list of ['follow-ups', 'file-candidates']) {
            document.getElementById(list + '-xlsx').href =
                Huzhu.base + 'api/v1/grants/' + list + '?' + query + '&format=xlsx';
            Huzhu.table(document.getElementById(list), LIST_COLUMNS,
                await Huzhu.api('grants/' + list + '?' + query), year.value + ' 年尚无名单');
        }
        if (finance) {
            Huzhu.table(document.getElementById('grants'), GRANT_COLUMNS,
                await Huzhu.api('grants?' + query), year.value + ' 年尚未发放');
        }
    }

    async function started(answer) {
        Huzhu.notice(result, 'ok', '正在发放（执行编号 ' + answer.executionId + '）……');
        year.value = document.getElementById('run-year').value;
        const execution = await Huzhu.followJob(answer.executionId);
        Huzhu.notice(result, execution.status === 'COMPLETED' ? 'ok' : 'error', '执行 ' + answer.executionId + '：'
            + Huzhu.label('jobStatus', execution.status) + '（' + Huzhu.jobOutcome(execution.exitStatus) + '）');
        return show();
    }

    Huzhu.startPage().then(me => {
        finance = Huzhu.hasRole(me, 'finance');
        runForm.hidden = !finance;
        year.value = new Date().getFullYear() - 1;
        document.getElementById('run-year').value = year.value;
        Huzhu.bindForm(runForm, result, () => {
            const values = Huzhu.formValues(runForm);
            return Huzhu.send('POST', 'jobs/hardship-grant', {
                // a budget left empty is left out: the run then takes what is left of the year's budget
                ...values, year: Number(values.year), budget: values.budget && Huzhu.money(values.budget),
            });
        }, started);
        yearForm.addEventListener('submit', event => {
            event.preventDefault();
            show().catch(error => Huzhu.notice(result, 'error', Huzhu.problemText(error)));
        });
        return show();
    }).catch(error => Huzhu.notice(result, 'error', Huzhu.problemText(error)));
})();
