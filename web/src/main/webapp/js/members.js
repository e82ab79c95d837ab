// app/members.html: register a member (the initial password is shown once) and find members.
(() => {
    const { el } = Huzhu;
    const registerForm = document.getElementById('register-form');
    const registerResult = document.getElementById('register-result');
    const searchForm = document.getElementById('search');
    const searchResult = document.getElementById('search-result');

    const MEMBER_COLUMNS = [
        { label: '会员编号', value: m => el('a', { href: 'member.html?memberNo=' + encodeURIComponent(m.memberNo) }, m.memberNo) },
        { label: '姓名', value: m => m.name },
        { label: '身份证号', value: m => m.maskedId },
        { label: '单位', value: m => m.unitCode },
    ];

    function showRegistered(member, name) {
        const memberLink = 'member.html?memberNo=' + encodeURIComponent(member.memberNo);
        Huzhu.notice(registerResult, 'ok',
            el('p', {}, '已登记会员 ', el('strong', {}, name), '：会员编号 ', el('strong', { id: 'new-member-no' }, member.memberNo),
                '，', Huzhu.label('gender', member.gender), '，出生日期 ', member.birthDate, '。'),
            el('p', {}, '初始密码：', el('span', { class: 'secret', id: 'initial-password' }, member.initialPassword)),
            el('p', {}, '请将会员编号和初始密码当面交给会员本人。初始密码只显示这一次，离开本页后无法再查看；会员首次登录时须修改密码。'),
            el('p', {}, el('a', { href: memberLink }, '为该会员办理参保')));
        registerForm.reset();
    }

    async function search() {
        const q = searchForm.q.value.trim();
        try {
            const members = await Huzhu.api('members?' + new URLSearchParams({ q }));
            searchResult.replaceChildren();
            Huzhu.table(document.getElementById('members'), MEMBER_COLUMNS, members, '没有找到会员');
        } catch (error) {
            Huzhu.notice(searchResult, 'error', Huzhu.problemText(error));
        }
    }

    // Bound at once, not after the unit list has loaded: a search typed while the page is still
    // loading must not fall through to a plain form submission. A ?q= in the address searches too.
    searchForm.addEventListener('submit', event => { event.preventDefault(); search(); });
    const asked = new URLSearchParams(location.search).get('q');
    if (asked) {
        searchForm.q.value = asked;
        search();
    }

    Huzhu.startPage().then(async () => {
        const units = await Huzhu.api('units');
        Huzhu.fillSelect(registerForm.unitCode, units.map(unit => [unit.code, unit.name + '（' + unit.code + '）']), '请选择');
        Huzhu.fillSelect(registerForm.category, Huzhu.labelPairs('category'));
        Huzhu.fillSelect(registerForm.hardship, Huzhu.labelPairs('hardship'));
        Huzhu.bindForm(registerForm, registerResult, () => Huzhu.send('POST', 'members', Huzhu.formValues(registerForm)),
            member => showRegistered(member, document.getElementById('name').value.trim()));
    }).catch(error => Huzhu.notice(registerResult, 'error', Huzhu.problemText(error)));
})();
