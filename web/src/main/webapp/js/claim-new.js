// app/claim-new.html: enter a claim (POST /claims), or correct a rejected one (?claimNo=, PUT).
// ?memberNo= starts a new claim for that member.
(() => {
    const { el } = Huzhu;
    const form = document.getElementById('claim-form');
    const result = document.getElementById('result');
    const invoiceRows = document.querySelector('#invoices tbody');
    const checklist = document.getElementById('documents');
    const control = id => document.getElementById(id);

    const INCIDENT_LABELS = { CRITICAL: '确诊日期', FEMALE: '确诊日期', ACCIDENT: '事故日期' };
    const INVOICE_PARTS = [
        ['number', '发票号码'], ['total', '总额'], ['fundPaid', '统筹支付'],
        ['policySelfPaid', '政策内自付'], ['outOfPolicy', '政策外自费'],
    ];

    const received = new Set();      // document codes ticked, kept while the checklist changes
    let claimNo = Huzhu.param('claimNo');
    let errors;

    function isAccidentPlan() {
        return control('planCode').value === 'ACCIDENT';
    }

    /** Shows the accident fields only where they matter, and the documents the claim needs. */
    function showRelevantFields() {
        const plan = control('planCode').value;
        const outcome = control('accidentOutcome').value;
        control('outcome-field').hidden = !isAccidentPlan();
        control('grade-field').hidden = !isAccidentPlan() || outcome !== 'DISABILITY';
        control('incident-label').textContent = INCIDENT_LABELS[plan] || '出险日期';
        // The plan's documents as the claim rules ask for them (SPEC §5), from GET /labels.
        renderChecklist(plan ? Huzhu.requiredDocuments(plan, isAccidentPlan() ? outcome : null) : []);
    }

    function renderChecklist(codes) {
        if (codes.length === 0) {
            checklist.replaceChildren(el('span', { class: 'muted' }, '请先选择保障计划'));
            return;
        }
        checklist.replaceChildren(...codes.map(code => {
            const box = el('input', { type: 'checkbox', value: code, 'data-code': code, checked: received.has(code) });
            box.addEventListener('change', () => { if (box.checked) received.add(code); else received.delete(code); });
            return el('label', {}, box, Huzhu.label('document', code) + '（' + code + '）');
        }));
    }

    function addInvoiceRow(invoice = {}) {
        const cells = INVOICE_PARTS.map(([part]) => el('td', { class: part === 'number' ? null : 'money' },
            el('input', { 'data-part': part, inputmode: part === 'number' ? null : 'decimal', value: invoice[part] || '' })));
        const remove = el('button', { type: 'button', class: 'secondary remove-invoice' }, '删除');
        const row = el('tr', {}, cells, el('td', {}, remove));
        remove.addEventListener('click', () => { row.remove(); numberInvoiceRows(); });
        invoiceRows.append(row);
        numberInvoiceRows();
    }

    /** Each invoice input names its field as the API does: invoices[0].total. */
    function numberInvoiceRows() {
        [...invoiceRows.rows].forEach((row, index) => {
            row.querySelectorAll('input').forEach(input => {
                const part = input.dataset.part;
                input.dataset.field = 'invoices[' + index + '].' + part;
                input.setAttribute('aria-label', '第' + (index + 1) + '张发票 ' + INVOICE_PARTS.find(([p]) => p === part)[1]);
            });
        });
    }

    function claimBody() {
        const body = Huzhu.formValues(form);
        if (body.disabilityGrade) body.disabilityGrade = Number(body.disabilityGrade);
        body.invoices = [...invoiceRows.rows].map(row => {
            const invoice = {};
            row.querySelectorAll('input').forEach(input => {
                invoice[input.dataset.part] = input.dataset.part === 'number' ? input.value.trim() : Huzhu.money(input.value);
            });
            return invoice;
        });
        body.documents = [...checklist.querySelectorAll('input:checked')].map(box => box.value);
        return body;
    }

    function fillForm(claim) {
        for (const name of ['memberNo', 'planCode', 'cause', 'accidentOutcome', 'disabilityGrade', 'incidentDate',
            'admissionDate', 'dischargeDate', 'hospital', 'diagnosisCode', 'complexity']) {
            control(name).value = claim[name] == null ? '' : claim[name];
        }
        invoiceRows.replaceChildren();
        (claim.invoices || []).forEach(addInvoiceRow);
        received.clear();
        (claim.documents || []).forEach(code => received.add(code));
        showRelevantFields();
        lookUpMember();
    }

    // The member's name beside the number, so that the clerk sees whom the claim is for.
    let lookupSequence = 0;
    async function lookUpMember() {
        const memberNo = control('memberNo').value.trim();
        const shown = control('member-lookup');
        const sequence = ++lookupSequence;
        shown.className = 'lookup';
        shown.textContent = memberNo ? '查询中…' : '';
        if (!memberNo) return;
        try {
            const member = await Huzhu.api('members/' + encodeURIComponent(memberNo));
            if (sequence !== lookupSequence) return;
            const plans = member.enrollments.map(e => Huzhu.label('plan', e.planCode) + ' ' + e.coverageStart + '至' + e.coverageEnd);
            shown.textContent = member.name + ' · ' + member.maskedId + (plans.length ? ' · 参保：' + plans.join('；') : ' · 未参保');
        } catch (error) {
            if (sequence !== lookupSequence) return;
            shown.className = 'lookup missing';
            shown.textContent = error.status === 404 ? '未找到该会员' : Huzhu.problemText(error);
        }
    }

    function enterCorrectionMode(number) {
        claimNo = number;
        history.replaceState(null, '', '?claimNo=' + encodeURIComponent(number));
        document.title = '修改理赔 ' + number + ' — 互助';
        Huzhu.text('title', '修改理赔 ' + number);
        Huzhu.text('submit', '修改后重新提交');
    }

    /** A stored claim that failed rules: every violation beside its field and, with its code, on top. */
    function showViolations(answer) {
        errors.show(answer.violations);
        Huzhu.notice(result, 'error',
            el('p', {}, '理赔 ', el('strong', { id: 'claim-no' }, answer.claimNo), ' 已保存，但未通过校验（',
                Huzhu.label('status', answer.status), '）。请按下列提示修改后重新提交：'),
            Huzhu.errorList(answer.violations));
        result.querySelector('.notice').id = 'violations';
    }

    function showAccepted(answer) {
        form.hidden = true;
        Huzhu.text('title', '已受理');
        Huzhu.notice(result, 'ok',
            el('p', { id: 'accepted' }, el('strong', {}, '已受理'), '　理赔编号 ', el('strong', { id: 'claim-no' }, answer.claimNo),
                '，办结期限 ', el('span', { id: 'due-date' }, answer.dueDate), '。'),
            el('p', { class: 'actions' },
                el('a', { href: 'claim.html?claimNo=' + encodeURIComponent(answer.claimNo), id: 'claim-link' }, '查看理赔并上传材料'),
                el('a', { href: 'claim-new.html' }, '受理下一件')));
    }

    function onAnswer(answer) {
        if (answer.violations && answer.violations.length > 0) {
            enterCorrectionMode(answer.claimNo);
            showViolations(answer);
        } else {
            showAccepted(answer);
        }
        result.scrollIntoView();
    }

    async function loadForCorrection(number) {
        const claim = await Huzhu.api('claims/' + encodeURIComponent(number));
        enterCorrectionMode(claim.claimNo);
        fillForm(claim.claim);
        if (claim.status !== 'REJECTED') {
            control('submit').disabled = true;
            Huzhu.notice(result, 'error', '该理赔当前状态为“' + Huzhu.label('status', claim.status)
                + '”，只有校验未通过的理赔可以修改。', el('a', { href: 'claim.html?claimNo=' + encodeURIComponent(number) }, '查看理赔'));
        } else if (claim.violations.length > 0) {
            showViolations(claim);
        }
    }

    async function start() {
        await Huzhu.startPage();
        const plans = await Huzhu.api('plans');
        Huzhu.fillSelect(control('planCode'), plans.map(plan => [plan.code, plan.name + '（' + plan.code + '）']), '请选择');
        Huzhu.fillSelect(control('cause'), Huzhu.labelPairs('cause'));
        Huzhu.fillSelect(control('accidentOutcome'), Huzhu.labelPairs('outcome'), '请选择');
        Huzhu.fillSelect(control('disabilityGrade'), Array.from({ length: 10 }, (_, i) => [String(i + 1), (i + 1) + '级']), '请选择');
        Huzhu.fillSelect(control('complexity'), Huzhu.labelPairs('complexity'));
        control('planCode').addEventListener('change', () => {
            if (isAccidentPlan()) control('cause').value = 'ACCIDENT';
            showRelevantFields();
        });
        control('accidentOutcome').addEventListener('change', showRelevantFields);
        control('memberNo').addEventListener('change', lookUpMember);
        control('add-invoice').addEventListener('click', () => addInvoiceRow());
        errors = Huzhu.bindForm(form, result, () => claimNo
            ? Huzhu.send('PUT', 'claims/' + encodeURIComponent(claimNo), claimBody())
            : Huzhu.send('POST', 'claims', claimBody()), onAnswer);
        if (claimNo) {
            await loadForCorrection(claimNo);
        } else {
            control('memberNo').value = Huzhu.param('memberNo') || '';  // from a member's page
            addInvoiceRow();
            showRelevantFields();
            lookUpMember();
        }
    }

    start().catch(error => Huzhu.notice(result, 'error', Huzhu.problemText(error)));
})();
