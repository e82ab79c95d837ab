// app/reports.html: the union's figures for a period (finance), as charts and as the table the API gives.
(() => {
    const form = document.getElementById('period-form');
    const kind = document.getElementById('kind');
    const result = document.getElementById('result');
    const field = id => document.getElementById(id);
    const charts = {};

    const FIGURE_COLUMNS = [
        { label: '类别', value: row => row.section },
        { label: '项目', value: row => row.item },
        { label: '数值', value: row => shown(row.value), className: 'number' },
    ];

    /** Money comes as a string with two decimals, counts as numbers: both shown with thousands separators. */
    function shown(value) {
        return typeof value === 'string'
            ? Number(value).toLocaleString('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 })
            : value.toLocaleString('zh-CN');
    }

    const pad = n => String(n).padStart(2, '0');
    const lastDay = (year, month) => new Date(Date.UTC(year, month, 0)).getUTCDate();  // month 1–12

    /** [from, to] of the chosen month, quarter or year, or the dates typed. */
    function period() {
        const year = Number(field('year').value);
        switch (kind.value) {
            case 'month': {
                const [y, m] = field('month').value.split('-').map(Number);
                return [`${y}-${pad(m)}-01`, `${y}-${pad(m)}-${lastDay(y, m)}`];
            }
            case 'quarter': {
                const first = (Number(field('quarter').value) - 1) * 3 + 1;
                return [`${year}-${pad(first)}-01`, `${year}-${pad(first + 2)}-${lastDay(year, first + 2)}`];
            }
            case 'year':
                return [`${year}-01-01`, `${year}-12-31`];
            default:
                return [field('from').value, field('to').value];
        }
    }

    function showControls() {
        form.querySelectorAll('[data-kind]').forEach(control => {
            control.hidden = !control.dataset.kind.split(' ').includes(kind.value);
        });
    }

    function chart(id, option) {
        charts[id] = charts[id] || echarts.init(document.getElementById(id));
        charts[id].setOption(option, true);
    }

    function draw(summary) {
        const months = [...new Set(summary.monthlyPayouts.map(p => p.month))];
        chart('chart-monthly', {
            tooltip: { trigger: 'axis' },
            legend: { top: 0 },
            grid: { top: 40, left: 70, right: 16, bottom: 30 },
            xAxis: { type: 'category', data: months },
            yAxis: { type: 'value' },
            series: Huzhu.labelPairs('plan').map(([plan, name]) => ({
                name, type: 'bar', stack: 'paid',
                data: summary.monthlyPayouts.filter(p => p.planCode === plan).map(p => Number(p.amount)),
            })),
        });
        chart('chart-grants', {
            tooltip: {},
            legend: { top: 0 },
            grid: { top: 40, left: 70, right: 50, bottom: 30 },
            xAxis: [{ type: 'category', data: ['GRANT', 'CONDOLENCE'].map(kind => Huzhu.label('grantKind', kind)) }],
            yAxis: [{ type: 'value', name: '元' }, { type: 'value', name: '人' }],
            series: [
                { name: '金额（元）', type: 'bar', data: [Number(summary.grants.amount), Number(summary.condolences.amount)] },
                { name: '人数', type: 'bar', yAxisIndex: 1, data: [summary.grants.people, summary.condolences.people] },
            ],
        });
        chart('chart-status', {
            tooltip: {},
            grid: { top: 20, left: 90, right: 16, bottom: 30 },
            xAxis: { type: 'value', minInterval: 1 },
            yAxis: { type: 'category', data: summary.claimsByStatus.map(s => s.label).concat('逾期未办结') },
            series: [{ type: 'bar', data: summary.claimsByStatus.map(s => s.claims).concat(summary.overdueClaims) }],
        });
    }

    async function show() {
        const [from, to] = period();
        const query = new URLSearchParams({ from, to });
        history.replaceState(null, '', '?' + query);
        result.replaceChildren();
        const summary = await Huzhu.api('reports/summary?' + query);
        Huzhu.text('period', '统计期间：' + summary.from + ' 至 ' + summary.to);
        field('xlsx').href = Huzhu.base + 'api/v1/reports/summary.xlsx?' + query;
        Huzhu.table(field('figures'), FIGURE_COLUMNS, summary.rows);
        draw(summary);
    }

    /** Opens on the period in the address (?from=&to=), or on last month. */
    function startingPeriod() {
        const from = Huzhu.param('from');
        const to = Huzhu.param('to');
        const today = new Date();
        field('year').value = today.getFullYear();
        if (from && to) {
            kind.value = 'range';
            field('from').value = from;
            field('to').value = to;
        } else {
            const month = new Date(today.getFullYear(), today.getMonth() - 1, 1);
            kind.value = 'month';
            field('month').value = month.getFullYear() + '-' + pad(month.getMonth() + 1);
        }
        showControls();
    }

    const failed = error => Huzhu.notice(result, 'error', Huzhu.problemText(error));
    Huzhu.startPage().then(() => {
        startingPeriod();
        kind.addEventListener('change', showControls);
        form.addEventListener('submit', event => { event.preventDefault(); show().catch(failed); });
        window.addEventListener('resize', () => Object.values(charts).forEach(c => c.resize()));
        return show();
    }).catch(failed);
})();
