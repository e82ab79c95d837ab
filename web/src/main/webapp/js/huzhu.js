// Shared helpers of the Huzhu pages. Text from the server is always set with textContent,
// never as HTML, so that names with markup in them are shown, not run.
const Huzhu = (() => {
    const base = new URL('..', document.currentScript.src).pathname;  // /huzhu/
    const ROLE_NAMES = { clerk: '经办人', reviewer: '审核人', finance: '财务', admin: '管理员', member: '会员' };

    async function api(path, options = {}) {
        const response = await fetch(base + 'api/v1/' + path, {
            credentials: 'same-origin',
            headers: { 'Accept': 'application/json', ...(options.body && !(options.body instanceof FormData) ? { 'Content-Type': 'application/json' } : {}) },
            ...options,
        });
        const type = response.headers.get('Content-Type') || '';
        const body = type.includes('json') ? await response.json() : null;
        if (!response.ok) {
            const error = new Error(body && body.title ? body.title : ('HTTP ' + response.status));
            error.status = response.status;
            error.problem = body;
            throw error;
        }
        return body;
    }

    function text(id, value) {
        document.getElementById(id).textContent = value == null ? '' : String(value);
    }

    function el(tag, attributes = {}, ...children) {
        const node = document.createElement(tag);
        for (const [name, value] of Object.entries(attributes)) {
            if (name === 'class') node.className = value;
            else if (name.startsWith('on')) node.addEventListener(name.substring(2), value);
            else node.setAttribute(name, value);
        }
        for (const child of children) {
            node.append(child instanceof Node ? child : document.createTextNode(child == null ? '' : String(child)));
        }
        return node;
    }

    return {
        base, api, text, el,
        me: () => api('me'),
        roleName: role => ROLE_NAMES[role] || role,
    };
})();
