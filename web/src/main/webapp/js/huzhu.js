// Shared helpers of the Huzhu pages, and their shell: every page under app/ loads this script in its head and keeps
// only its own content; the head's common part, the header and the menu are written here once. Text from the server
// is always set with textContent, never as HTML, so that names with markup in them are shown, not run.
const Huzhu = (() => {
    const base = new URL('..', document.currentScript.src).pathname;  // /huzhu/

    // The head's common part, added while the head is read: the stylesheet blocks rendering as a written link does,
    // so no page shows unstyled. The public pages (verify.html), which work without this script, write their own.
    if (!document.querySelector('link[rel=stylesheet]')) {
        const viewport = document.createElement('meta');
        viewport.setAttribute('name', 'viewport');
        viewport.setAttribute('content', 'width=device-width, initial-scale=1');
        const stylesheet = document.createElement('link');
        stylesheet.setAttribute('rel', 'stylesheet');
        stylesheet.setAttribute('href', base + 'css/huzhu.css');
        stylesheet.setAttribute('blocking', 'render');
        document.head.append(viewport, stylesheet);
    }

    // What each role may open: the header menu and the workbench cards are both built from this.
    const MENU = [
        { href: 'claim-new.html', label: '受理理赔', roles: ['clerk'], about: '录入理赔申请，当场按 V02–V13 校验。' },
        { href: 'claims.html', label: '理赔列表', roles: ['clerk', 'reviewer', 'finance'], about: '按理赔编号或会员姓名查找理赔，查看逾期件。' },
        { href: 'members.html', label: '会员登记', roles: ['clerk'], about: '登记会员、发放初始密码、办理参保。' },
        { href: 'units.html', label: '单位登记', roles: ['clerk'], about: '登记参保单位及其统一社会信用代码。' },
        { href: 'import.html', label: '名单导入', roles: ['clerk'], about: '上传单位参保名单（CSV 或 XLSX），批量登记会员和参保，下载未导入的行。' },
        { href: 'claims.html?status=VALIDATED', label: '待审核', roles: ['reviewer'], about: '核准或拒绝已通过校验的理赔（本人录入、更正或上传过材料的除外）。' },
        { href: 'payee-changes.html', label: '收款变更', roles: ['reviewer', 'finance'], about: '确认或驳回他人提出的收款信息变更和单位调动；确认前代发仍付原账户。' },
        { href: 'finance.html', label: '财务', roles: ['finance'], about: '结算任务、代发文件、银行回盘和统计报表。' },
        { href: 'grants.html', label: '困难帮扶', roles: ['finance', 'reviewer'], about: '按年度预算发放帮扶金和慰问金，下载回访和建档候选名单。' },
        { href: 'reports.html', label: '报表', roles: ['finance'], about: '任意期间的参保、筹资、理赔、帮扶和赠送统计，图表与 XLSX 下载。' },
        { href: 'holidays.html', label: '节假日', roles: ['admin'], about: '维护节假日，用于计算 1-3-10 办结时限。' },
        { href: 'audit.html', label: '审计记录', roles: ['admin', 'finance'], about: '按记录类型、编号、操作人和日期查询谁在何时做了什么；财务可查与资金有关的记录。' },
        { href: 'my.html', label: '我的理赔', roles: ['member'], about: '本人理赔的办理进度、通知书下载和收款银行卡。' },
        { href: '../verify.html', label: '验证通知书', roles: ['member'], about: '核对一份通知书是否由工会签发、内容是否未被改动。' },
    ];

    // The words of the API's codes, from GET /labels (the domain's words); read once by startPage.
    let labels = null;

    class ApiError extends Error {
        constructor(status, problem) {
            super(problem && problem.title ? problem.title : '请求失败（HTTP ' + status + '）');
            this.status = status;
            this.problem = problem;
        }
    }

    // Sent with every call: the server refuses a change made with the session cookie without it, since
    // another site's form cannot add a header (CrossSiteRequests.java).
    const PROOF = { 'X-Huzhu-Request': 'page' };

    async function api(path, options = {}) {
        // The pages are Chinese whatever the browser's language, so the API's messages are too.
        const headers = { 'Accept': 'application/json', 'Accept-Language': 'zh-CN', ...PROOF };
        if (typeof options.body === 'string') headers['Content-Type'] = 'application/json';
        const response = await fetch(base + 'api/v1/' + path, { credentials: 'same-origin', ...options, headers });
        if (response.status === 401) {
            location.reload();  // the session ended: the page's security constraint shows the login form
        }
        const type = response.headers.get('Content-Type') || '';
        const body = type.includes('json') ? await response.json() : null;
        if (!response.ok) throw new ApiError(response.status, body);
        return body;
    }

    /** Sends data as JSON (or a FormData as multipart) with the given method. */
    function send(method, path, data) {
        return api(path, { method, body: data instanceof FormData ? data : JSON.stringify(data) });
    }

    function text(id, value) {
        document.getElementById(id).textContent = value == null ? '' : String(value);
    }

    function el(tag, attributes = {}, ...children) {
        const node = document.createElement(tag);
        for (const [name, value] of Object.entries(attributes)) {
            if (value == null || value === false) continue;
            if (name === 'class') node.className = value;
            else if (name.startsWith('on')) node.addEventListener(name.substring(2), value);
            else node.setAttribute(name, value === true ? '' : value);
        }
        for (const child of children.flat()) {
            node.append(child instanceof Node ? child : document.createTextNode(child == null ? '' : String(child)));
        }
        return node;
    }

    /** The word for a code of the API ("status", "VALIDATED" → 已受理); the code itself when there is none. */
    function label(kind, code) {
        return code == null ? '' : ((labels && labels[kind][code]) || code);
    }

    /** Options of a select from [value, text] pairs, after an optional empty choice. */
    function fillSelect(select, pairs, emptyText) {
        select.replaceChildren();
        if (emptyText != null) select.append(el('option', { value: '' }, emptyText));
        for (const [value, shown] of pairs) select.append(el('option', { value }, shown));
    }

    /** [code, word] pairs of a kind, in the domain's order. */
    function labelPairs(kind) {
        return Object.entries(labels[kind]);
    }

    /** The documents a claim for that plan needs, with those its accident outcome adds (codes). */
    function requiredDocuments(plan, accidentOutcome) {
        const documents = labels.requiredDocuments[plan];
        if (!documents) return [];
        return documents.always.concat(documents.byAccidentOutcome[accidentOutcome] || []);
    }

    // Times are shown as the office reads them, in Beijing, whatever zone the browser or the API's text is in.
    const BEIJING = new Intl.DateTimeFormat('zh-CN', {
        timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit',
        hourCycle: 'h23',
    });

    /** An instant from the API ("2026-11-23T02:05:31Z" or "…10:05:31+08:00") in Beijing time: 2026-11-23 10:05. */
    function dateTime(value) {
        if (!value) return '';
        const at = new Date(value);
        if (isNaN(at)) return String(value);
        const part = Object.fromEntries(BEIJING.formatToParts(at).map(({ type, value: text }) => [type, text]));
        return part.year + '-' + part.month + '-' + part.day + ' ' + part.hour + ':' + part.minute;
    }

    const RUNNING = ['STARTING', 'STARTED', 'STOPPING'];
    const FOLLOW_EVERY_MS = 1000;

    function jobRunning(execution) {
        return RUNNING.includes(execution.status);
    }

    /**
     * The one way a page follows a job run it started or shows: reads the execution every second, hands each
     * reading to onReading (awaited, so that it may read more), and resolves with the last one, once the run ended.
     */
    async function followJob(executionId, onReading = () => {}) {
        for (;;) {
            const execution = await api('jobs/executions/' + encodeURIComponent(executionId));
            await onReading(execution);
            if (!jobRunning(execution)) return execution;
            await new Promise(resolve => setTimeout(resolve, FOLLOW_EVERY_MS));
        }
    }

    /**
     * A run's exit status in words: "DRY_RUN claims=2 payable=760.00" → "试算：理赔 2，应付金额 760.00". A status
     * that is only the batch status ("COMPLETED") is that status's word; text that is already words stays.
     */
    function jobOutcome(exitStatus) {
        if (exitStatus == null || exitStatus === 'null') return '';
        const words = labels.jobOutcome;
        const parts = String(exitStatus).split(' ');
        const outcome = parts[0].includes('=') ? null : parts.shift();
        if (outcome && !words[outcome]) return labels.jobStatus[outcome] || String(exitStatus);
        const counts = parts.filter(part => /^\w+=/.test(part)).map(part => {
            const [name, value] = part.split('=');
            return (words[name] || name) + ' ' + value;
        });
        const rest = parts.filter(part => !/^\w+=/.test(part)).join(' ');
        const details = counts.length ? counts.join('，') : rest;
        return outcome ? words[outcome] + (details ? '：' + details : '') : details;
    }

    function param(name) {
        return new URLSearchParams(location.search).get(name);
    }

    /** The text to show for a failed call: the problem's title and detail. */
    function problemText(error) {
        if (!(error instanceof ApiError)) return '无法连接服务器：' + error.message;
        const detail = error.problem && error.problem.detail;
        return detail ? error.message + '：' + detail : error.message;
    }

    /** Shows a notice (kind 'ok' or 'error') in a container, replacing what was there. */
    function notice(container, kind, ...content) {
        container.replaceChildren(el('div', { class: 'notice ' + kind, role: kind === 'error' ? 'alert' : 'status' }, ...content));
    }

    /**
     * Renders rows into a table: columns are {label, value: row → text or node, className?}.
     * Returns the table.
     */
    function table(tableElement, columns, rows, emptyText = '没有记录') {
        const head = el('tr', {}, columns.map(column => el('th', { class: column.className }, column.label)));
        const body = rows.length === 0
            ? [el('tr', {}, el('td', { colspan: columns.length, class: 'muted' }, emptyText))]
            : rows.map(row => el('tr', {}, columns.map(column => el('td', { class: column.className }, column.value(row)))));
        tableElement.replaceChildren(el('thead', {}, head), el('tbody', {}, body));
        return tableElement;
    }

    /** A definition list of [term, value] pairs, leaving out empty values. */
    function facts(container, pairs) {
        container.replaceChildren(...pairs.filter(([, value]) => value != null && value !== '')
            .flatMap(([term, value]) => [el('dt', {}, term), el('dd', {}, value)]));
    }

    /**
     * Messages next to the controls they concern. A control names its JSON field with
     * data-field (or its name); the message goes into the control's label, cell or fieldset.
     */
    function fieldErrors(form) {
        function controlFor(field) {
            return [...form.querySelectorAll('[data-field], [name]')]
                .find(control => (control.dataset.field || control.name) === field);
        }
        function clear() {
            form.querySelectorAll('.field-error').forEach(message => message.remove());
            form.querySelectorAll('[aria-invalid]').forEach(control => {
                control.removeAttribute('aria-invalid');
                control.removeAttribute('aria-describedby');
            });
        }
        /** Shows each {field, code?, message}; returns those with no control on this form. */
        function show(errors) {
            clear();
            const unplaced = [];
            errors.forEach((error, index) => {
                const control = controlFor(error.field);
                if (!control) { unplaced.push(error); return; }
                const id = (form.id || 'form') + '-error-' + index;
                const described = control.getAttribute('aria-describedby');
                control.setAttribute('aria-invalid', 'true');
                control.setAttribute('aria-describedby', described ? described + ' ' + id : id);
                const message = el('span', { class: 'field-error', id, 'data-error-for': error.field },
                    error.code ? error.code + ' ' : '', error.message);
                (control.closest('label, td, fieldset') || control.parentNode).append(message);
            });
            return unplaced;
        }
        return { show, clear };
    }

    /** A list of rule failures or input errors: "V03 出险日期 … ". */
    function errorList(errors) {
        return el('ul', { class: 'error-list' }, errors.map(error =>
            el('li', {}, error.code ? el('strong', {}, error.code) : '', error.code ? ' ' : '', error.message)));
    }

    /**
     * Submits a form through the API: clears old messages, disables the submit button while
     * waiting, shows a 400's field errors next to their controls (the rest in the notice area)
     * and any other failure as a notice. What was typed stays. call gets the submit event
     * (its submitter tells which button was pressed); onAnswer gets the answer.
     */
    function bindForm(form, noticeArea, call, onAnswer) {
        const errors = fieldErrors(form);
        form.addEventListener('submit', async event => {
            event.preventDefault();
            errors.clear();
            noticeArea.replaceChildren();
            const buttons = form.querySelectorAll('button[type=submit]');
            buttons.forEach(button => { button.disabled = true; });
            try {
                await onAnswer(await call(event));
            } catch (error) {
                showFailure(error, errors, noticeArea);
            } finally {
                buttons.forEach(button => { button.disabled = false; });
            }
        });
        return errors;
    }

    function showFailure(error, errors, noticeArea) {
        const fieldList = error.problem && error.problem.errors;
        if (error.status === 400 && fieldList) {
            const unplaced = errors.show(fieldList);
            notice(noticeArea, 'error', '请更正标出的内容后再提交。', unplaced.length ? errorList(unplaced) : '');
        } else {
            notice(noticeArea, 'error', problemText(error));
        }
    }

    /** The form's named controls as an object; empty text is left out, numbers stay strings. */
    function formValues(form) {
        const values = {};
        for (const control of form.elements) {
            if (!control.name || control.disabled || control.closest('[hidden]')) continue;
            if ((control.type === 'checkbox' || control.type === 'radio') && !control.checked) continue;
            const value = control.value.trim();
            if (value !== '') values[control.name] = value;
        }
        return values;
    }

    /** Money as the API wants it ("1234.50") when it is a plain amount; otherwise as typed. */
    function money(textValue) {
        const value = textValue.trim().replace(/[,，\s]/g, '');
        return /^-?\d+(\.\d{1,2})?$/.test(value) ? Number(value).toFixed(2) : value;
    }

    /**
     * The shell around the page's own content: the header with the user and the menu of what they may open, put at
     * the top of the body by startPage (the page's script, which calls it, comes last in the body).
     */
    function shell() {
        if (document.getElementById('shell')) return;
        const header = el('header', { id: 'shell' },
            el('h1', {}, '互助 · 工作台'),
            el('nav', { id: 'nav' }),
            el('span', { class: 'user' }, el('span', { id: 'who' }), ' · ',
                el('a', { href: 'password.html' }, '修改密码'), ' · ',
                el('button', { type: 'button', id: 'sign-out', class: 'link', onclick: signOut }, '退出')));
        document.body.prepend(header);
    }

    /** Starts a page: the shell filled for the signed-in user, and the words of the API's codes. */
    async function startPage() {
        shell();
        const [me, words] = await Promise.all([api('me'), labels || api('labels').catch(error => error)]);
        // An issued password opens only /me and the password page, which needs no words: codes stand in for them.
        if (!(words instanceof Error)) labels = words;
        else if (!me.mustChangePassword) throw words;
        text('who', me.displayName + '（' + me.roles.map(roleName).join('、') + '）');
        document.getElementById('nav').replaceChildren(el('a', { href: 'index.html' }, '工作台'),
            ...menuFor(me).map(item => el('a', { href: item.href }, item.label)));
        if (me.mustChangePassword && !location.pathname.endsWith('/password.html')) {
            document.querySelector('main').prepend(el('div', { class: 'notice error', role: 'alert', id: 'change-password' },
                '您正在使用发放的初始密码，请先', el('a', { href: 'password.html' }, '修改密码'), '。'));
        }
        return me;
    }

    function roleName(role) {
        return label('role', role);
    }

    /** Signs out with a POST (a GET would let any link on any site sign the user out), then opens the start page. */
    async function signOut() {
        try {
            await fetch(base + 'logout', { method: 'POST', credentials: 'same-origin', headers: PROOF });
        } finally {
            location.assign(base);
        }
    }

    function menuFor(me) {
        return MENU.filter(item => item.roles.some(role => me.roles.includes(role)));
    }

    function hasRole(me, role) {
        return me.roles.includes(role);
    }

    return {
        base, api, send, text, el, label, labelPairs, requiredDocuments, fillSelect, dateTime, param, problemText, notice,
        table, facts, fieldErrors, errorList, bindForm, showFailure, formValues, money, startPage, menuFor, hasRole,
        jobRunning, followJob, jobOutcome, roleName, ApiError,
    };
})();
