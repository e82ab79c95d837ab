// app/index.html: one card for each thing the signed-in user's roles may do.
Huzhu.startPage().then(me => {
    const items = Huzhu.menuFor(me);
    document.getElementById('cards').replaceChildren(...items.map(item =>
        Huzhu.el('a', { class: 'card', href: item.href, 'data-menu': item.href },
            Huzhu.el('h3', {}, item.label), Huzhu.el('p', {}, item.about))));
    document.getElementById('nothing').hidden = items.length > 0;
});
