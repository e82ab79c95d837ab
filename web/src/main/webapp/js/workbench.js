// app/index.html: one card for each thing the signed-in user's roles may do. A member's home is their own page,
// where the login form (which lands here) and the menu's 工作台 bring them.
Huzhu.startPage().then(me => {
    if (me.roles.length === 1 && Huzhu.hasRole(me, 'member')) {
        location.replace('my.html');
        return;
    }
    const items = Huzhu.menuFor(me);
    document.getElementById('cards').replaceChildren(...items.map(item =>
        Huzhu.el('a', { class: 'card', href: item.href, 'data-menu': item.href },
            Huzhu.el('h3', {}, item.label), Huzhu.el('p', {}, item.about))));
    document.getElementById('nothing').hidden = items.length > 0;
});
