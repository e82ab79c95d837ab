// Moved out of index.html: the Content-Security-Policy allows no inline script.
fetch('api/v1/health').then(r => r.json()).then(h => {
    document.getElementById('health').textContent = (h.status === 'UP' ? '正常' : '异常') + '（' + h.database + '）';
}).catch(() => { document.getElementById('health').textContent = '无法连接'; });
