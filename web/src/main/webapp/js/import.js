// app/import.html: upload a unit's roster, start enrollment-import, follow it and offer the rejects file.
(() => {
    const form = document.getElementById('import-form');
    const result = document.getElementById('result');

    async function start() {
        const file = document.getElementById('file').files[0];
        if (!file) {
            throw new Huzhu.ApiError(400, { title: '请选择名单文件', errors: [{ field: 'fileId', message: '请选择文件' }] });
        }
        const upload = new FormData();
        upload.append('file', file, file.name);
        const stored = await Huzhu.send('POST', 'files', upload);
        return Huzhu.send('POST', 'jobs/enrollment-import',
            { unitCode: document.getElementById('unitCode').value, fileId: stored.fileId });
    }

    function started(answer) {
        history.replaceState(null, '', '?execution=' + answer.executionId);
        Huzhu.notice(result, 'ok', '已开始导入（执行编号 ' + answer.executionId + '）');
        follow(answer.executionId).catch(failed);
    }

    /** The import's counts once the job has read the roster's header; null before. */
    async function importCounts(executionId) {
        try {
            return await Huzhu.api('imports/' + executionId);
        } catch (error) {
            if (!(error instanceof Huzhu.ApiError && error.status === 404)) throw error;  // the header is not read yet
            return null;
        }
    }

    /** Follows the run, showing its counts at each reading, and offers the rejects once it ended. */
    async function follow(executionId) {
        document.getElementById('progress').hidden = false;
        let counts = null;
        const execution = await Huzhu.followJob(executionId, async reading => {
            counts = await importCounts(executionId);
            showProgress(reading, counts);
        });
        const downloads = document.getElementById('downloads');
        downloads.hidden = !counts || counts.rejected === 0;
        document.getElementById('rejects-xlsx').href = Huzhu.base + 'api/v1/imports/' + executionId + '/rejects.xlsx';
        document.getElementById('rejects-csv').href = Huzhu.base + 'api/v1/imports/' + executionId + '/rejects.csv';
        if (execution.status === 'COMPLETED') {
            Huzhu.notice(result, 'ok', '导入完成' + (counts && counts.rejected ? '，有 ' + counts.rejected + ' 行未导入，请下载查看原因' : ''));
        } else {
            Huzhu.notice(result, 'error', '导入未完成（' + Huzhu.label('jobStatus', execution.status) + '）：'
                + Huzhu.jobOutcome(execution.exitStatus) + '。请联系财务重新执行。');
        }
    }

    function showProgress(execution, counts) {
        const step = execution.steps[0] || { metrics: {} };
        Huzhu.facts(document.getElementById('facts'), [
            ['状态', Huzhu.label('jobStatus', execution.status)],
            ['单位', execution.parameters.unitCode],
            ['已读取行数', step.metrics.readCount],
            ['已导入行数', step.metrics.writeCount],
            ['未导入行数', counts ? counts.rejected : step.metrics.processSkipCount],
            ['新登记会员', counts && counts.membersCreated],
            ['更新会员信息', counts && counts.membersUpdated],
            ['新增参保', counts && counts.enrolmentsCreated],
            ['已参保（未重复登记）', counts && counts.enrolmentsExisting],
            ['开始时间', Huzhu.dateTime(execution.startTime)],
            ['结束时间', Huzhu.dateTime(execution.endTime)],
        ]);
    }

    function failed(error) {
        Huzhu.notice(result, 'error', Huzhu.problemText(error));
    }

    Huzhu.startPage().then(async () => {
        const units = await Huzhu.api('units');
        Huzhu.fillSelect(document.getElementById('unitCode'), units.map(u => [u.code, u.code + ' ' + u.name]), '请选择单位');
        Huzhu.bindForm(form, result, start, started);
        const execution = Huzhu.param('execution');
        if (execution) await follow(execution);
    }).catch(failed);
})();
