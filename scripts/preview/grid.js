// `npm run preview`: the stand-in Excel's workbook beside the task pane, drawn again after every sync of the
// pane's, so that selecting a problem's cell, marking cells and repairing them can be seen. A click on a cell
// or a sheet tab selects it, as in Excel. Cell text is set as text only: the workbook may hold hostile text.
/* global window, document, requestAnimationFrame, URLSearchParams */
(function () {
  "use strict";
  /** The add-in's marks are conditional formats with this formula, always true (src/office/marks.ts). */
  var MARK_RULE = '=N("CADRE")+1';
  /** Excel's horizontal alignments that change where text sits in a cell. */
  var ALIGN = { Left: "left", Center: "center", CenterAcrossSelection: "center", Right: "right" };
  var MAX_ROWS = 300;
  var MAX_COLUMNS = 30;
  var frame = document.getElementById("pane");
  var tabs = document.getElementById("sheet-tabs");
  var grid = document.getElementById("grid");

  var query = new URLSearchParams(window.location.search);
  if (!query.has("workbook")) query.set("workbook", "department");
  frame.src = "taskpane.html?" + query.toString();

  function letter(col) {
    var s = "";
    for (var n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
    return s;
  }

  function two(n) {
    return (n < 10 ? "0" : "") + n;
  }

  /** A cell as Excel shows it: dates dd/mm/yyyy, percentages, whole numbers, errors, TRUE/FALSE. */
  function shown(cell) {
    if (!cell || cell.value === null || cell.value === undefined) return "";
    var value = cell.value;
    if (typeof value === "object") return value.error;
    if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
    if (typeof value === "number" && /d/.test(cell.numberFormat) && /y/.test(cell.numberFormat)) {
      var date = new Date(Math.round((value - 25569) * 86400000));
      return two(date.getUTCDate()) + "/" + two(date.getUTCMonth() + 1) + "/" + date.getUTCFullYear();
    }
    if (typeof value === "number" && /%/.test(cell.numberFormat)) return Math.round(value * 100) + "%";
    if (typeof value === "number" && cell.numberFormat === "0") return String(Math.round(value));
    // General shows at most about ten significant digits, never 0.30000000000000004.
    if (typeof value === "number") return String(Number(value.toPrecision(10)));
    return String(value);
  }

  function inside(rect, row, col) {
    return rect && rect.top <= row && row <= rect.bottom && rect.left <= col && col <= rect.right;
  }

  /** The add-in's mark on a cell, if any: the first mark format whose areas hold it. */
  function markOf(sheet, row, col) {
    for (var i = 0; i < sheet.conditionalFormats.length; i++) {
      var format = sheet.conditionalFormats[i];
      if (format.formula !== MARK_RULE) continue;
      for (var j = 0; j < format.areas.length; j++) if (inside(format.areas[j], row, col)) return format;
    }
    return null;
  }

  function size(sheet) {
    var rows = 0;
    var cols = 0;
    sheet.cells.forEach(function (cells, r) {
      if (!cells) return;
      cells.forEach(function (cell, c) {
        if (cell && cell.value !== null) {
          rows = Math.max(rows, r + 1);
          cols = Math.max(cols, c + 1);
        }
      });
    });
    return { rows: Math.min(Math.max(rows + 3, 30), MAX_ROWS), cols: Math.min(Math.max(cols + 1, 10), MAX_COLUMNS) };
  }

  function drawTabs(host) {
    var book = host.workbook;
    tabs.replaceChildren.apply(
      tabs,
      book.sheets
        .filter(function (sheet) {
          return sheet.visibility === "Visible";
        })
        .map(function (sheet) {
          var tab = document.createElement("button");
          tab.type = "button";
          tab.className = "sheet-tab";
          tab.setAttribute("role", "tab");
          tab.setAttribute("aria-selected", String(sheet.name === book.activeSheet));
          tab.textContent = sheet.name;
          tab.addEventListener("click", function () {
            book.activeSheet = sheet.name;
            book.selection = { top: 0, left: 0, bottom: 0, right: 0 };
            draw(host);
          });
          return tab;
        }),
    );
  }

  function drawGrid(host) {
    var book = host.workbook;
    var sheet = book.sheets.find(function (s) {
      return s.name === book.activeSheet;
    });
    if (!sheet) return grid.replaceChildren();
    var extent = size(sheet);
    var covered = {};
    var table = document.createElement("table");
    var head = table.insertRow();
    head.appendChild(document.createElement("th"));
    for (var c = 0; c < extent.cols; c++) {
      var th = document.createElement("th");
      th.textContent = letter(c);
      head.appendChild(th);
    }
    var selected = null;
    for (var r = 0; r < extent.rows; r++) {
      var tr = table.insertRow();
      var number = document.createElement("th");
      number.className = "row-number";
      number.textContent = String(r + 1);
      tr.appendChild(number);
      for (var col = 0; col < extent.cols; col++) {
        if (covered[r + ":" + col]) continue;
        var cell = (sheet.cells[r] || [])[col];
        var td = tr.insertCell();
        td.textContent = shown(cell);
        td.title = letter(col) + (r + 1);
        td.dataset.cell = letter(col) + (r + 1);
        if (cell && typeof cell.value === "number") td.className = "number";
        var merge = sheet.merges.find(function (m) {
          return m.top === r && m.left === col;
        });
        if (merge) {
          td.colSpan = Math.min(merge.right, extent.cols - 1) - merge.left + 1;
          td.rowSpan = merge.bottom - merge.top + 1;
          for (var mr = merge.top; mr <= merge.bottom; mr++)
            for (var mc = merge.left; mc <= merge.right; mc++)
              if (mr !== r || mc !== col) covered[mr + ":" + mc] = true;
        }
        var mark = markOf(sheet, r, col);
        var fill = (mark && mark.fill) || (cell && cell.fill);
        if (fill) td.style.background = fill;
        var color = (mark && mark.fontColor) || (cell && cell.font && cell.font.color);
        if (color) td.style.color = color;
        if (cell && cell.font && cell.font.bold) td.style.fontWeight = "600";
        if (cell && cell.font && cell.font.italic) td.style.fontStyle = "italic";
        var align = (cell && cell.alignment) || {};
        if (ALIGN[align.horizontal]) td.style.textAlign = ALIGN[align.horizontal];
        if (align.wrap) td.style.whiteSpace = "normal";
        if (inside(book.selection, r, col)) {
          td.classList.add("selected");
          if (!selected) selected = td;
        }
        td.addEventListener("click", selectOnClick(host, r, col));
      }
    }
    grid.replaceChildren(table);
    if (selected) selected.scrollIntoView({ block: "nearest", inline: "nearest" });
  }

  function selectOnClick(host, row, col) {
    return function () {
      host.workbook.selection = { top: row, left: col, bottom: row, right: col };
      draw(host);
    };
  }

  function draw(host) {
    drawTabs(host);
    drawGrid(host);
  }

  /** Once the pane's page has its stand-in Excel, draw it and draw again after each of its syncs. */
  function attach() {
    var host = frame.contentWindow && frame.contentWindow.__host;
    if (!host) return window.setTimeout(attach, 50);
    var pending = false;
    host.onChange(function () {
      if (pending) return;
      pending = true;
      requestAnimationFrame(function () {
        pending = false;
        draw(host);
      });
    });
    draw(host);
    window.__preview = { host: host };
  }
  frame.addEventListener("load", attach);
})();
