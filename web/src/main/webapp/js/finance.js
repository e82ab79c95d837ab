// app/finance.html: finance starts settlement runs, follows them, downloads payment files and each unit's print batch
// of letters, and imports the bank's return files (SPEC.md §6, §9, §12).
(() => {
    // Grant runs are started on grants.html; they are listed here too, for their payment files and print batches.
    const JOBS = ['payout-settlement', 'hardship-grant', 'payment-return-import'];
    // A run that is going is followed (Huzhu.followJob); runs started elsewhere, say by the nightly timer, appear
    // with a slow refresh of the list.
    const SLOW = 15000;
    const runForm = document.getElementById('run-form');
    const runResult = document.getElementById('run-result');
    const returnForm = document.getElementById('return-form');
    const returnResult = document.getElementById('return-result');
    const executionsTable = document.getElementById('executions');
    const { el, label } = Huzhu;
    let timer = null;
    // The executions shown, by execution id, as last read; and those being followed.
    const shown = new Map();
    const followed = new Set();
    // Return files whose import is awaited: execution id → file id.
    const awaitedImports = new Map();
    // The print batches of ended runs that issue letters, by execution id, read once: a run's letters do not change
    // once it has ended.
    const LETTER_JOBS = new Set(['payout-settlement', 'hardship-grant']);
    const printBatches = new Map();

    function seconds(start, end) {
        if (!start) return '';
        const ms = (end ? new Date(end) : new Date()) - new Date(start);
        return (ms / 1000).toFixed(1) + ' 秒';
    }

    function steps(execution) {
        return el('ul', { class: 'steps' }, execution.steps.map(step => {
            const m = step.metrics || {};
            return el('li', { 'data-step': step.name }, step.name + '：' + label('jobStatus', step.status) + '，'
                + seconds(step.startTime, step.endTime) + '，读 ' + (m.readCount || 0) + ' / 写 ' + (m.writeCount || 0)
                + ' / 跳过 ' + ((m.readSkipCount || 0) + (m.processSkipCount || 0) + (m.writeSkipCount || 0)));
        }));
    }

    function files(execution) {
        return execution.paymentFiles.map(file => el('div', {},
            el('a', { href: Huzhu.base + 'api/v1/payment-files/' + file.id, class: 'payment-file', download: file.fileName },
                file.fileName), '（' + file.rowCount + ' 笔，' + file.total + ' 元）'));
    }

    function batches(execution) {
        const units = printBatches.get(execution.executionId) || [];
        return el('ul', { class: 'print-batches' }, units.map(unit => el('li', { 'data-unit': unit.unitCode },
            el('a', { href: Huzhu.base + 'api/v1/jobs/executions/' + execution.executionId + '/print-batches/'
                + encodeURIComponent(unit.unitCode) + '.pdf', class: 'print-batch', download: '' },
                unit.unitName + '（' + unit.unitCode + '）'), '：' + unit.letters + ' 份')));
    }

    /** Reads the print batches of the ended runs not read yet, then shows them. */
    async function readPrintBatches() {
        const unread = [...shown.values()].filter(e => LETTER_JOBS.has(e.job) && !Huzhu.jobRunning(e)
            && !printBatches.has(e.executionId));
        if (unread.length === 0) return;
        await Promise.all(unread.map(async e => printBatches.set(e.executionId,
            await Huzhu.api('jobs/executions/' + e.executionId + '/print-batches'))));
        render();
    }

    function actions(execution) {
        const buttons = [];
        if (Huzhu.jobRunning(execution)) {
            buttons.push(el('button', { type: 'button', class: 'secondary stop', onclick: () => act(execution, 'stop') }, '停止'));
        } else if (execution.status === 'FAILED' || execution.status === 'STOPPED') {
            buttons.push(el('button', { type: 'button', class: 'secondary restart', onclick: () => act(execution, 'restart') }, '重新执行'));
        }
        return buttons;
    }

    const COLUMNS = [
        { label: '编号', value: e => String(e.executionId) },
        { label: '任务', value: e => label('job', e.job) },
        { label: '状态', value: e => el('span', { class: 'status execution-status ' + e.status }, label('jobStatus', e.status)) },
        { label: '开始', value: e => Huzhu.dateTime(e.startTime) },
        { label: '用时', value: e => seconds(e.startTime, e.endTime) },
        { label: '步骤', value: steps },
        // The run's outcome in words; the exit status itself stays in an attribute for tools and tests.
        { label: '结果', value: e => el('span', { class: 'exit-status', 'data-exit-status': e.exitStatus === 'null' ? '' : e.exitStatus },
            Huzhu.jobOutcome(e.exitStatus)) },
        { label: '付款文件', value: files },
        { label: '打印批次', value: batches },
        { label: '', value: actions },
    ];

    async function refresh() {
        clearTimeout(timer);
        const lists = await Promise.all(JOBS.map(job => Huzhu.api('jobs/executions?' + new URLSearchParams({ job }))));
        shown.clear();
        lists.flatMap(list => list.executions).forEach(execution => shown.set(execution.executionId, execution));
        render();
        Huzhu.text('refreshed', '（' + new Date().toLocaleTimeString('zh-CN', { timeZone: 'Asia/Shanghai' }) + ' 更新）');
        [...shown.values()].filter(Huzhu.jobRunning).forEach(execution => follow(execution.executionId));
        await readPrintBatches();
        clearTimeout(timer);  // a refresh started by a button may have overlapped this one: keep one timer
        timer = setTimeout(() => refresh().catch(showError(runResult)), SLOW);
    }

    function render() {
        const executions = [...shown.values()].sort((a, b) => b.executionId - a.executionId);
        Huzhu.table(executionsTable, COLUMNS, executions, '还没有执行记录');
        executionsTable.querySelectorAll('tbody tr').forEach((row, i) => {
            if (executions[i]) row.dataset.execution = executions[i].executionId;
        });
    }

    /** Follows a run until it ends, its row updated at each reading; an awaited return file's outcome shown then. */
    function follow(executionId) {
        if (followed.has(executionId)) return;
        followed.add(executionId);
        Huzhu.followJob(executionId, execution => {
            shown.set(executionId, execution);
            render();
        }).then(async execution => {
            await readPrintBatches();
            if (awaitedImports.has(executionId)) {
                const fileId = awaitedImports.get(executionId);
                awaitedImports.delete(executionId);
                await showReturn(fileId, execution);
            }
        }).catch(showError(runResult)).finally(() => followed.delete(executionId));
    }

    function showError(area) {
        return error => Huzhu.notice(area, 'error', Huzhu.problemText(error));
    }

    async function act(execution, action) {
        try {
            const answer = await Huzhu.send('POST', 'jobs/executions/' + execution.executionId + '/' + action, {});
            Huzhu.notice(runResult, 'ok', action === 'stop' ? '已请求停止执行 ' + execution.executionId
                : '已重新执行，新的执行编号 ' + answer.executionId);
            await refresh();
        } catch (error) {
            showError(runResult)(error);
        }
    }

    async function showReturn(fileId, execution) {
        const file = await Huzhu.api('return-files/' + fileId);
        const result = file.result || {};
        if (file.outcome === 'IMPORTED') {
            Huzhu.notice(returnResult, 'ok', el('span', { id: 'return-outcome' }, '回盘已导入：'),
                '共 ' + result.rows + ' 笔，支付成功 ' + result.paid + ' 笔，支付失败 ' + result.failed + ' 笔，合计 '
                + result.total + ' 元（付款文件 ' + result.paymentFileId + '）。');
        } else if (file.outcome === 'DUPLICATE') {
            Huzhu.notice(returnResult, 'ok', el('span', { id: 'return-outcome' }, '重复导入：'), result.message);
        } else if (file.outcome === 'REFUSED') {
            Huzhu.notice(returnResult, 'error', el('span', { id: 'return-outcome' }, '回盘文件未通过核对，未作任何登记：'),
                el('ul', { id: 'mismatches' }, (result.mismatches || []).map(text => el('li', {}, text))));
        } else {
            Huzhu.notice(returnResult, 'error', '导入未完成（执行 ' + execution.executionId + '：'
                + label('jobStatus', execution.status) + '），可在下方重新执行。');
        }
    }

    Huzhu.startPage().then(() => {
        Huzhu.bindForm(runForm, runResult, () => {
            const values = Huzhu.formValues(runForm);
            return Huzhu.send('POST', 'jobs/payout-settlement', { runDate: values.runDate, dryRun: values.dryRun === 'true' });
        }, async answer => {
            Huzhu.notice(runResult, 'ok', '已开始' + (document.getElementById('dryRun').checked ? '试算' : '结算')
                + '，执行编号 ' + answer.executionId);
            await refresh();
        });
        Huzhu.bindForm(returnForm, returnResult, async () => {
            const upload = new FormData();
            const chosen = document.getElementById('return-file').files[0];
            if (chosen) upload.append('file', chosen);
            const stored = await Huzhu.send('POST', 'return-files', upload);
            const started = await Huzhu.send('POST', 'jobs/payment-return-import', { fileId: stored.fileId });
            return { stored, started };
        }, async ({ stored, started }) => {
            awaitedImports.set(started.executionId, stored.fileId);
            Huzhu.notice(returnResult, 'ok', '已上传 ' + stored.fileName + '，正在核对（执行编号 ' + started.executionId + '）…');
            returnForm.reset();
            // Followed from here, not from the list: a small file's import may have ended before the list is read.
            follow(started.executionId);
            await refresh();
        });
        return refresh();
    }).catch(showError(runResult));
})();
