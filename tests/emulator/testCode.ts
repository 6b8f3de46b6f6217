// A small stand-in for dist/Code.js, so the emulator's own tests do not depend on the add-on.
export const TEST_CODE = `
/** Pairs n, 2n for n = 1..count. @customfunction */
function PAIRS(count) { var out = []; for (var n = 1; n <= count; n++) out.push([n, 2 * n]); return out; }
/** Sum of the numbers of a range. @customfunction */
function TOTAL(range) {
  var cells = Array.isArray(range) ? [].concat.apply([], range) : [range];
  return cells.filter(function (v) { return typeof v === 'number'; }).reduce(function (a, b) { return a + b; }, 0);
}
/** @customfunction */
function FAIL(message) { throw new Error(message); }
/** What a value is, as the function sees it. @customfunction */
function KIND(v) { return Object.prototype.toString.call(v) + (v instanceof Date ? ' of this realm' : ''); }
/** @customfunction */
function NEXT_DAY(d) { return new Date(d.getTime() + 86400000); }
/** @customfunction */
function WRITE() { SpreadsheetApp.getActiveSpreadsheet().getRange('Sheet1!Z1').setValue(1); return 1; }
function highlight() {
  var sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Sheet1');
  var rule = SpreadsheetApp.newConditionalFormatRule().whenNumberGreaterThan(1).setBackground('#ff0000').setRanges([sheet.getRange('A1:A9')]).build();
  sheet.setConditionalFormatRules([rule]);
}
function sheetCount() { return SpreadsheetApp.getActiveSpreadsheet().getSheets().length; }
function kindOfA1() { var v = SpreadsheetApp.getActiveSpreadsheet().getRange('Sheet1!A1').getValue(); return [Object.prototype.toString.call(v), v instanceof Date]; }
function echo(x) { return x; }
function remember(key, value) { PropertiesService.getDocumentProperties().setProperty(key, value); return PropertiesService.getDocumentProperties().getProperties(); }
`;
