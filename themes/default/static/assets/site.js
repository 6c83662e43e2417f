/* Gongkai pages: small enhancements over pages that already work without JavaScript.
   - Flat tables get sortable column heads (buttons in the heads, aria-sort on the sorted one).
     Tables whose rows carry a class (subtotals, indented items of a classification) keep their
     order, which is part of their meaning.
   - Charts get a chart / table switch. Without JavaScript the data table stays beside the chart,
     and print shows both whatever was chosen. */
(function () {
  'use strict';
  if (!document.querySelector || !Array.prototype.forEach || !document.body) {
    return;
  }
  var body = document.body;
  var lang = document.documentElement.lang || undefined;
  var each = function (list, fn) { Array.prototype.forEach.call(list, fn); };

  each(document.querySelectorAll('.table-scroll > table'), function (table) {
    var tbody = table.tBodies[0];
    var head = table.tHead && table.tHead.rows[0];
    if (!tbody || !head || tbody.rows.length < 3) {
      return;
    }
    for (var r = 0; r < tbody.rows.length; r++) {
      var row = tbody.rows[r];
      if (row.className || row.cells.length !== head.cells.length) {
        return;
      }
    }
    each(head.cells, function (th, col) {
      var button = document.createElement('button');
      button.type = 'button';
      button.className = 'sort';
      while (th.firstChild) {
        button.appendChild(th.firstChild);
      }
      var hint = document.createElement('span');
      hint.className = 'visually-hidden';
      hint.textContent = ' ' + body.getAttribute('data-sort-label');
      button.appendChild(hint);
      th.appendChild(button);
      button.addEventListener('click', function () {
        sort(table, th, col);
      });
    });
  });

  function sort(table, th, col) {
    var descending = th.getAttribute('aria-sort') === 'ascending';
    each(th.parentNode.cells, function (other) {
      other.removeAttribute('aria-sort');
    });
    th.setAttribute('aria-sort', descending ? 'descending' : 'ascending');
    var numeric = /(^|\s)num(\s|$)/.test(th.className);
    var tbody = table.tBodies[0];
    var rows = Array.prototype.slice.call(tbody.rows).map(function (row, i) {
      var text = row.cells[col].textContent.trim();
      return { row: row, i: i, text: text, n: numeric ? number(text) : 0 };
    });
    rows.sort(function (a, b) {
      var c = numeric ? a.n - b.n : a.text.localeCompare(b.text, lang, { numeric: true });
      return (descending ? -c : c) || a.i - b.i;
    });
    rows.forEach(function (x) {
      tbody.appendChild(x.row);
    });
  }

  /* An empty cell sorts below every number. */
  function number(text) {
    var n = parseFloat(text.replace(/[^0-9.\-]/g, ''));
    return isNaN(n) ? -Infinity : n;
  }

  /* Two toggle buttons, one for the chart and one for its data table beside it; at least one
     stays shown. */
  each(document.querySelectorAll('figure.chart'), function (figure) {
    var parts = [figure.querySelector('.chart-image'), figure.querySelector('.chart-table')];
    var caption = figure.querySelector('figcaption');
    if (!parts[0] || !parts[1] || !caption) {
      return;
    }
    var shown = [true, true];
    var group = document.createElement('div');
    group.className = 'chart-switch';
    group.setAttribute('role', 'group');
    group.setAttribute('aria-label', body.getAttribute('data-view-label'));
    var buttons = ['chart', 'table'].map(function (view, i) {
      var b = document.createElement('button');
      b.type = 'button';
      b.textContent = body.getAttribute('data-view-' + view);
      b.addEventListener('click', function () {
        shown[i] = !shown[i];
        if (!shown[0] && !shown[1]) {
          shown[1 - i] = true;
        }
        update();
      });
      group.appendChild(b);
      return b;
    });
    caption.parentNode.insertBefore(group, caption.nextSibling);

    function update() {
      for (var i = 0; i < 2; i++) {
        parts[i].hidden = !shown[i];
        buttons[i].setAttribute('aria-pressed', String(shown[i]));
      }
    }
    update();
  });
})();
