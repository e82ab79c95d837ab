// app/claim.html?claimNo=: one claim with its checks, documents, versions, audit history and
// payout; reviewers approve or decline it here, clerks upload its documents.
(() => {
    const { el, label } = Huzhu;
    const claimNo = Huzhu.param('claimNo');
    const path = 'claims/' + encodeURIComponent(claimNo || '');
    const result = document.getElementById('result');
    const section = id => document.getElementById(id);
    let me;

    const INVOICE_COLUMNS = [
        { label: '发票号码', value: i => i.number },
        { label: '总额', value: i => i.total, className: 'money' },
        { label: '统筹支付', value: i => i.fundPaid, className: 'money' },
        { label: '政策内自付', value: i => i.policySelfPaid, className: 'money' },
        { label: '政策外自费', value: i => i.outOfPolicy, className: 'money' },
    ];
    const DOCUMENT_COLUMNS = [
        { label: '材料类别', value: d => label('document', d.code) },
        { label: '文件', value: d => el('a', { href: Huzhu.base + 'api/v1/' + path + '/documents/' + encodeURIComponent(d.id) }, d.fileName) },
        { label: '类型', value: d => d.contentType },
        { label: '大小', value: d => fileSize(d.size), className: 'money' },
        { label: 'SHA-256', value: d => el('code', { title: d.sha256 }, d.sha256.substring(0, 16) + '…') },
    ];
    const VERSION_COLUMNS = [
        { label: '版本', value: v => v.version },
        { label: '提交时间', value: v => Huzhu.dateTime(v.submittedAt) },
        { label: '提交人', value: v => v.submittedBy },
        { label: '未通过的规则', value: v => v.violations.length ? v.violations.map(x => x.code).join('、') : '全部通过' },
    ];
    const HISTORY_COLUMNS = [
        { label: '时间', value: h => Huzhu.dateTime(h.at) },
        { label: '操作人', value: h => h.actor },
        { label: '操作', value: h => h.action },
        { label: '状态变化', value: h => (h.from ? label('status', h.from) + ' → ' : '') + label('status', h.to) },
        { label: '原因', value: h => h.reason },
    ];

    function fileSize(bytes) {
        return bytes >= 1048576 ? (bytes / 1048576).toFixed(1) + ' MB' : Math.max(1, Math.round(bytes / 1024)) + ' KB';
    }

    function showFacts(claim) {
        const body = claim.claim;
        Huzhu.facts(section('facts'), [
            ['会员', el('a', { href: 'member.html?memberNo=' + encodeURIComponent(claim.memberNo) },
                claim.memberName + '（' + claim.memberNo + '）')],
            ['保障计划', label('plan', claim.planCode)],
            ['出险原因', label('cause', body.cause)],
            ['意外后果', label('outcome', body.accidentOutcome)],
            ['伤残等级', body.disabilityGrade == null ? null : body.disabilityGrade + '级'],
            ['出险日期', body.incidentDate],
            ['住院', body.admissionDate || body.dischargeDate ? (body.admissionDate || '?') + ' 至 ' + (body.dischargeDate || '?') : null],
            ['医院', body.hospital],
            ['诊断编码', body.diagnosisCode],
            ['办结时限', label('complexity', body.complexity)],
            ['办结期限', claim.dueDate],
            ['录入人', claim.enteredBy],
            ['当前版本', claim.version],
            ['已收材料', (body.documents || []).map(code => label('document', code)).join('、') || '无'],
            ['通知书编号', claim.letterNo ? el('a', { href: Huzhu.base + 'api/v1/letters/' + encodeURIComponent(claim.letterNo) }, claim.letterNo) : null],
        ]);
    }

    function showReview(claim) {
        const mayReview = Huzhu.hasRole(me, 'reviewer') && claim.status === 'VALIDATED';
        const ownClaim = claim.enteredBy === me.username;
        section('review').hidden = !mayReview;
        section('own-claim').hidden = !ownClaim;
        section('decide-form').hidden = ownClaim;
    }

    function show(claim) {
        document.title = '理赔 ' + claim.claimNo + ' — 互助';
        Huzhu.text('claim-no', claim.claimNo);
        const status = section('status');
        status.className = 'status ' + claim.status;
        status.textContent = label('status', claim.status);
        section('overdue').hidden = !claim.overdue;
        showFacts(claim);
        section('correct').hidden = !(claim.status === 'REJECTED' && Huzhu.hasRole(me, 'clerk'));
        section('correct-link').href = 'claim-new.html?claimNo=' + encodeURIComponent(claim.claimNo);
        section('violations').replaceChildren(claim.violations.length
            ? Huzhu.errorList(claim.violations) : el('p', { class: 'muted' }, '全部规则校验通过'));
        Huzhu.table(section('invoices'), INVOICE_COLUMNS, claim.claim.invoices || [], '无发票');
        section('payout').hidden = !claim.payout;
        if (claim.payout) {
            Huzhu.text('payable', claim.payout.payable);
            section('breakdown').replaceChildren(...(claim.payout.lines || []).map(line => el('li', {}, line)));
        }
        showReview(claim);
        section('reissue').hidden = !(claim.letterNo && Huzhu.hasRole(me, 'finance'));
        section('reissue').dataset.letterNo = claim.letterNo || '';
        Huzhu.table(section('documents'), DOCUMENT_COLUMNS, claim.documents, '尚未上传材料');
        Huzhu.table(section('versions'), VERSION_COLUMNS, claim.versions);
        Huzhu.table(section('history'), HISTORY_COLUMNS, claim.history);
        section('claim').hidden = false;
    }

    async function load() {
        show(await Huzhu.api(path));
    }

    function reloadWith(message) {
        return load().then(() => Huzhu.notice(result, 'ok', message));
    }

    async function start() {
        me = await Huzhu.startPage();
        if (!claimNo) {
            Huzhu.notice(result, 'error', '缺少理赔编号。', el('a', { href: 'claims.html' }, '返回理赔列表'));
            return;
        }
        Huzhu.fillSelect(section('document-code'), Huzhu.labelPairs('document').map(([code, name]) => [code, name + '（' + code + '）']));
        section('upload-form').hidden = !Huzhu.hasRole(me, 'clerk');
        Huzhu.bindForm(section('upload-form'), result,
            () => Huzhu.send('POST', path + '/documents', new FormData(section('upload-form'))),
            () => { section('upload-form').reset(); return reloadWith('材料已上传。'); });
        Huzhu.bindForm(section('decide-form'), result,
            event => Huzhu.send('POST', path + '/' + event.submitter.value, { reason: section('reason').value.trim() }),
            () => reloadWith('审核意见已保存。'));
        // The letter to correct is the claim's current one, as last shown.
        Huzhu.bindForm(section('reissue-form'), result,
            () => Huzhu.send('POST', 'letters/' + encodeURIComponent(section('reissue').dataset.letterNo) + '/reissue',
                { reason: section('reissue-reason').value.trim() }),
            answer => { section('reissue-form').reset(); return reloadWith('已重新出具通知书 ' + answer.letterNo + '，原通知书作废。'); });
        await load();
    }

    start().catch(error => Huzhu.notice(result, 'error', Huzhu.problemText(error)));
})();
