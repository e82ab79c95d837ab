// app/member.html?memberNo=: a member (masked) with their enrolments; clerks enrol them here.
(() => {
    const { el, label } = Huzhu;
    const memberNo = Huzhu.param('memberNo');
    const result = document.getElementById('result');
    const enrolForm = document.getElementById('enrol-form');
    const control = id => document.getElementById(id);
    let plans = [];

    const ENROLMENT_COLUMNS = [
        { label: '保障计划', value: e => label('plan', e.planCode) },
        { label: '份数', value: e => e.shares, className: 'money' },
        { label: '保障期间', value: e => e.coverageStart + ' 至 ' + e.coverageEnd },
        { label: '缴费方', value: e => label('payer', e.payer) },
        { label: '续保', value: e => e.renewal ? '续保' : '新参保' },
    ];

    function show(member) {
        document.title = member.name + ' — 互助';
        Huzhu.text('member-name', member.name + '（' + member.memberNo + '）');
        Huzhu.facts(control('facts'), [
            ['会员编号', member.memberNo], ['姓名', member.name], ['身份证号', member.maskedId],
            ['性别', label('gender', member.gender)], ['出生日期', member.birthDate], ['单位', member.unitCode],
            ['手机号码', member.phone], ['银行卡', member.maskedCard], ['开户银行', member.bankName],
            ['人员类别', label('category', member.category)],
        ]);
        Huzhu.table(control('enrollments'), ENROLMENT_COLUMNS, member.enrollments, '尚未参保');
        control('member').hidden = false;
    }

    async function load() {
        show(await Huzhu.api('members/' + encodeURIComponent(memberNo)));
    }

    // A year of cover by default: a start date proposes the day before its anniversary as the end.
    function proposeCoverageEnd() {
        const start = control('coverageStart').value;
        if (!start || control('coverageEnd').value) return;
        const end = new Date(start + 'T00:00:00Z');
        end.setUTCFullYear(end.getUTCFullYear() + 1);
        end.setUTCDate(end.getUTCDate() - 1);
        control('coverageEnd').value = end.toISOString().substring(0, 10);
    }

    function limitShares() {
        const plan = plans.find(p => p.code === control('planCode').value);
        control('shares').max = plan ? plan.maxShares : '';
    }

    async function enrolled(answer) {
        enrolForm.reset();
        await load();
        Huzhu.notice(control('enrol-result'), 'ok', el('span', { id: 'enrolled' },
            '已参保（登记号 ' + answer.enrollmentId + '）。',
            answer.renewal ? '本次为续保：与上一期间隔不超过30天，疾病理赔不设等待期。' : '本次为新参保：疾病理赔有等待期。'));
    }

    async function start() {
        const me = await Huzhu.startPage();
        if (!memberNo) {
            Huzhu.notice(result, 'error', '缺少会员编号。', el('a', { href: 'members.html' }, '查找会员'));
            return;
        }
        plans = await Huzhu.api('plans');
        const isClerk = Huzhu.hasRole(me, 'clerk');
        control('enrol').hidden = !isClerk;
        control('claim-action').hidden = !isClerk;
        control('claim-link').href = 'claim-new.html?memberNo=' + encodeURIComponent(memberNo);
        Huzhu.fillSelect(control('planCode'), plans.map(plan => [plan.code, plan.name + '（最多 ' + plan.maxShares + ' 份）']), '请选择');
        Huzhu.fillSelect(control('payer'), Huzhu.labelPairs('payer'));
        control('planCode').addEventListener('change', limitShares);
        control('coverageStart').addEventListener('change', proposeCoverageEnd);
        Huzhu.bindForm(enrolForm, control('enrol-result'), () => {
            const body = { ...Huzhu.formValues(enrolForm), memberNo };
            if (body.shares) body.shares = Number(body.shares);
            return Huzhu.send('POST', 'enrollments', body);
        }, enrolled);
        await load();
    }

    start().catch(error => Huzhu.notice(result, 'error',
        error.status === 404 ? '没有编号为 ' + memberNo + ' 的会员。' : Huzhu.problemText(error)));
})();
