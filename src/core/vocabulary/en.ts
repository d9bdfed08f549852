import type { Vocabulary } from "./vocabulary";

/** Every user-facing word in English, in the shape of the Vietnamese vocabulary. */
export const en: Vocabulary = {
  report: {
    identityUnshowable:
      "The template's {field}, in cell {cell} of the hidden TD_META sheet, holds control or text-direction characters; make the template again.",
    identityTooLong:
      "The template's {field}, in cell {cell} of the hidden TD_META sheet, is longer than {max} characters; shorten it and make the template again.",
    identityBad:
      "The template's {field}, in cell {cell} of the hidden TD_META sheet, {reason}; correct it and make the template again.",
    identityFields: {
      unit_name: "unit name",
      unit_kind: "unit kind",
      period_label: "period name",
      period_label_en: "period name in English",
    },
    nameOnHiddenSheet:
      'Defined name {name} points at cell {cell} of the hidden sheet "{sheet}"; form cells must be on the form\'s visible sheet. The cell may have been cut, pasted or dragged elsewhere: undo it (Ctrl+Z), or copy the figures into a fresh template and send that file.',
    nameOnOtherSheet:
      'Defined name {name} points at cell {cell} of sheet "{sheet}", outside the form\'s sheet "{formSheet}". The cell may have been cut, pasted or dragged elsewhere: undo it (Ctrl+Z), or copy the figures into a fresh template and send that file.',
    nameOffGrid:
      'Defined name {name} points at cell {cell} of sheet "{sheet}", off the row or column of the form\'s other cells in its row and column. The cell may have been cut, pasted or dragged elsewhere: undo it (Ctrl+Z), or copy the figures into a fresh template and send that file.',
    nameSharedCell:
      'Defined name {name} points at cell {cell} of sheet "{sheet}", the cell defined name {other} points at too. The cell may have been cut, pasted or dragged elsewhere: undo it (Ctrl+Z), or copy the figures into a fresh template and send that file.',
    nameOffHeading:
      'Defined name {name} points at cell {cell} of sheet "{sheet}", on a copy of the form to its right, not in column {column} under the heading "{heading}": a person reads the figure in column {column}, while the roll-up takes the one in cell {cell}. Copy the figures into a fresh template and send that file.',
    nameOffLabel:
      'Defined name {name} points at cell {cell} of sheet "{sheet}", on a copy of the form below it, not on row {row} labelled "{label}": a person reads the figure on row {row}, while the roll-up takes the one in cell {cell}. Copy the figures into a fresh template and send that file.',
    nameLeftOfHeading:
      'Defined name {name} points at cell {cell} of sheet "{sheet}", left of the form\'s heading "{heading}", which stands over column {column}: a person reads the figures in column {column} as the form\'s, while the roll-up takes the one in cell {cell}. Put the heading back over its figures as the template has it, or copy the figures into a fresh template and send that file.',
    rowsReordered:
      'The row "{label}" of the form on sheet "{sheet}" was moved (by a sort, perhaps): its label is now on row {row}, while Thi Đua still reads this row\'s figures on row {at} ({count} cells, {first} to {last}), where a reader sees another row\'s label. Do not sort or reorder the form\'s rows: undo (Ctrl+Z), or copy the figures into a new template and send that file.',
    columnsReordered:
      'The column "{heading}" of the form on sheet "{sheet}" was moved (by a sort, perhaps): its heading is now over column {column}, while Thi Đua still reads this column\'s figures in column {at} ({count} cells, {first} to {last}), where a reader sees another column\'s heading. Do not sort or reorder the form\'s columns: undo (Ctrl+Z), or copy the figures into a new template and send that file.',
    nameAboveLabel:
      'Defined name {name} points at cell {cell} of sheet "{sheet}", above the form\'s row label "{label}", which stands on row {row}: a person reads the figures on row {row} as the form\'s, while the roll-up takes the one in cell {cell}. Put the label back beside its figures as the template has it, or copy the figures into a fresh template and send that file.',
    formTextUnseen:
      'The form\'s column heading or row label "{label}" in cell {cell} of sheet "{sheet}" cannot be read (hidden, covered, struck through, too small or the colour of its fill or of the empty cells beside it it runs on over, or shown as other text) while its figures show: a person may read them under another heading. Show the heading as the template does.',
    formEnglishOther:
      'The English of the form\'s column heading or row label "{label}" in cell {cell} of sheet "{sheet}" reads "{shown}": a person reading English reads the figures by another heading than the roll-up. Write "{label}" back as the template does.',
    namesUnplaced:
      'Sheet "{sheet}" no longer shows the form\'s column heading or row label {missing} where the template has it (edited, deleted, or on a hidden row or column?), so whether the figures sit under their own headings cannot be checked. Write it back as the template does.',
    campaignNotReport:
      "This file is the province's campaign workbook (it has the sheets Đơn vị and Chỉ tiêu giao), not a unit's report. To roll up, pick it as the campaign workbook (command line: --campaign) and keep it out of the report files.",
    noMetadata:
      "This file was not made from a Thi Đua template (the hidden TD_META sheet is missing), so its figures cannot be read. Enter the figures in the template your federation sent (or one made with Thi Đua) and send it again.",
    badSchema:
      "The template's hidden information (sheet TD_META) is laid out in a way this Thi Đua cannot read ({schema}): the file may come from another version of Thi Đua. Enter the figures in a template made with the Thi Đua in use.",
    noTemplates: "The file holds no Thi Đua form; use the template your federation sent.",
    unknownTemplate:
      "Thi Đua has no form {template}; the template may come from a newer Thi Đua: update Thi Đua or use the template your federation sent.",
    unknownVersion:
      "Template {template} version {version} is not supported (versions read: {supported}); use the latest template your federation sent, or update Thi Đua.",
    missingUnit: "The reporting unit's code is missing.",
    badUnitCode: 'Unit code "{code}" is not valid (letters, digits, "_", ".", "-", at most 40 characters).',
    unitNameTooLong: "The unit's name is longer than {max} characters.",
    brokenRollupList:
      "The file says it is a summary, but its list of the units' codes (in the file's hidden information) does not hold up: the wrong number of codes, a code twice, a code that is not valid, or the reporting unit's own code. Summaries are made by Thi Đua only; make it again.",
    badBudgetBasis:
      "The file's hidden information says its budgets were typed on a basis {value} Thi Đua does not know, so whether a budget typed is the year's or the one since the unit was founded is not known: either reading could be wrong. Type the figures again into a new template from the level above, or update Thi Đua.",
    badIndicators:
      "Form 05: the list of own indicators in the template's hidden information cannot be read: {reason} Use the template made from the campaign workbook.",
    indicatorsCut:
      "the list is missing, cut short, or does not match the number of indicators given with it.",
    indicatorCut: "own indicator {n} is missing or not in its format.",
    badSubRows:
      "The rows added to the forms (the campaign's table on sheet Chia dòng, Split rows) written in the template's hidden information cannot be read: {reason} Use the template made from the campaign workbook.",
    subRowsCut: "the list is missing, cut short, or does not match the number of rows written with it.",
    subRowCut: "added row {n} is missing or not in its format.",
    badParentCode: 'Parent unit code "{code}" is not valid.',
    missingUnitName: "The reporting unit's name is missing.",
    unknownUnitKind: 'Unit kind "{kind}" is not known.',
    badPeriod:
      'Period "{period}" is not valid (YYYY-D1, YYYY-D2, YYYY, or a period id with its start and end dates).',
    badTarget: 'Target {target} has an invalid value: "{value}".',
    missingName:
      "Cell {name} of the form was not found: the cell, or its row or column, was deleted (or its defined name). Use the original template again (download or insert it afresh) and enter the figures again.",
    textNumber:
      "{label}: \"{text}\" is a number stored as text: Thi Đua cannot read it as a figure, and the form's totals add it or leave it out depending on the program and the formula. Clear the cell and type the figure again in digits alone: no leading apostrophe or space, and no dots or commas between the thousands (type 125000000, the cell's format shows the separators). If the figure is stored as text again, the cell has taken the Text format (often by a paste from another file): set its format back to Number (Format Cells → Number), or copy an empty input cell of the form over it, then type the figure again.",
    blankText:
      "{label}: the cell looks blank but holds spaces or invisible characters (or an empty text another program wrote), so the form's totals show #VALUE!. Clear the cell (select it, press the Delete key).",
    notNumber:
      '{label}: "{text}" is not a number; type a figure (digits only, no words or units; 0 where there is none).',
    negative: "{label}: a negative figure ({value}) is not allowed; type 0 or more.",
    tooLarge: "{label}: the figure {value} is too large (over 15 digits), perhaps mistyped; please check it.",
    fraction:
      "{label}: {value} is not a whole number; type a whole number (no decimals). Where the computer is set to Vietnamese the comma is the decimal mark, so 1,250 is one point two five: for one thousand two hundred and fifty, type 1250.",
    fractionMoney:
      "{label}: {value} is not a whole number of đồng. The form's sums of money are in đồng, not in thousands or millions of đồng (912.45 million đồng is 912450000): type the whole number of đồng, no decimals.",
    moneySmall:
      "{label}: {value} đồng is a very small sum for a reporting round, perhaps typed in thousands or millions of đồng. The form's sums of money are in đồng (850 million đồng is 850000000); a roll-up adds this one as {value} đồng. If {value} đồng is right, this warning can be left.",
    blankCell: "{label}: blank (not reported); enter 0 if there is none.",
    requiredBlank: "{label}: required, left blank; enter the figure, or 0 if there is none.",
    blankForm: "{template}: no figures entered.",
    formulaInInput:
      "{label}: an input cell holds a formula; only its result is rolled up. Better type the figure in the cell.",
    formulaResultDiffers:
      "{label}: the formula ={formula} gives {computed}, but the file holds the result {cached} (the figure rolled up); delete the formula, type the figure in the cell and save.",
    formulaUnverifiable:
      "{label}: the input holds the formula ={formula}, which Thi Đua cannot recalculate, so the figure {cached} cannot be trusted; type the figure instead of a formula.",
    formulaWithoutValue:
      "{label}: an input cell holds a formula that gives no number; type the figure in the cell.",
    formulaNotSaved:
      "{label}: the input holds a formula whose result the file does not keep (the program that wrote it did not compute it); open the file in Excel or LibreOffice and save it again, or type the figure.",
    arrayFormulaInInput:
      '{label}: the input lies in the area "{area}" of an array formula, so Excel and LibreOffice show the figure the formula computes, not a figure typed in; remove the array formula and type the figure.',
    dataTableInInput:
      '{label}: the input lies in the data table "{area}" (What-If Analysis; MULTIPLE.OPERATIONS in LibreOffice), so spreadsheet programs show the figure the table computes, not a figure typed in; remove the data table and type the figure.',
    sharedFormulaInInput:
      "{label}: the input holds a shared formula whose text the file gives at no cell before it, so LibreOffice shows another figure or none; type the figure instead of a formula.",
    goalUnassigned:
      "{label}: the form shows the target {found}, but no target is assigned for it (the template leaves the cell empty), so the form's assessment may be wrong. Clear the cell, leaving it empty.",
    goalDiffers:
      "{label}: the form shows the target {found}, but the target assigned is {assigned} (the one the roll-up uses), so the form's assessment may be wrong. Put back the target assigned.",
    identityLineLabel: "The unit and period line",
    identityLineDiffers:
      'The unit and period line reads "{found}", but the file is the report "{expected}" (the unit and period the roll-up counts it for). Put the line back, or send the report of the unit and period it names.',
    identityLineMissing:
      'This cell does not hold the unit and period line, where the template writes "{expected}": a person cannot tell which unit and period the form reports. Write the line back.',
    identityLineUnseen:
      'The unit and period line "{found}" in this cell does not show (its row or column hidden or too small, struck through, its text in its fill\'s colour or in that of the empty cells beside it it runs on over, or its style printing nothing): a person cannot see which unit and period the form reports, and may read another line in its place. Show the line as the template does.',
    identityLineOtherwise:
      "The unit and period line \"{found}\" in this cell does not show as the cell holds it: it holds a field (the document's title, the sheet's name, a date…) or hidden text that a spreadsheet program shows as other words, so a person may read another unit or period. Type the line again as the template does.",
    rowInserted:
      "Row {row} of sheet \"{sheet}\" (\"{text}\") was inserted between the form's rows: Thi Đua reads the form's figures by their cells' names, and the form's totals add the template's rows only, so what is typed on this row is not rolled up. If these figures are to be reported, add them to the form's row they belong to (such as \"Other\") and delete the inserted row; if the row holds a note only, move it below the table.",
    rowInsertedFigures:
      "Row {row} of sheet \"{sheet}\" (cell {cell} holds {figure}) was inserted between the form's rows: Thi Đua reads the form's figures by their cells' names, and the form's totals add the template's rows only, so what is typed on this row is not rolled up. If these figures are to be reported, add them to the form's row they belong to (such as \"Other\") and delete the inserted row.",
    unitNote:
      'Cell {cell} of sheet "{sheet}" states the unit {text}, but the form\'s figures are in the units its column headings give (đồng, persons, units, %): a person reading this note takes every figure of the form wrongly. Delete the note, or state the unit the headings give.',
    statusOverwritten:
      "This cell is the form's status line (\"No errors — ready to send\" or \"… error(s) left\", worked out by the template's formula), but it holds {found}: a person reads it as one of the template's lines, just under the unit and period line, though it may name another unit, period or state. Delete what was written and copy the cell's formula back from the template (or leave it blank).",
    severalLines:
      'Cell {cell} of sheet "{sheet}" holds several lines ("{text}") where the template writes one: a person may see only one of them (a wrapped cell aligned to the bottom of a short row shows only its last line), not the one checked. Write the cell on one line as the template does.',
    targetLabelMissing:
      "{label}: row {row} of the target block does not carry the target's name as the template writes it (cell {cell}), so a person cannot tell which target the goal, result and Đạt/Chưa đạt on that row are for. Write the target's name back in cell {cell}.",
    targetEnglishOther:
      '{label}: the target\'s English name in cell {cell} reads "{shown}": a person reading English reads the goal, result and Đạt/Chưa đạt on row {row} as another target\'s. Write "{english}" back in cell {cell} as the template does.',
    targetOffLine:
      "{label}: the target cell's defined name does not point at the form's line for it (row {row}), so the Đạt/Chưa đạt a person reads on row {row} is not the one checked. Point the name back at its cell (Formulas → Name Manager).",
    formulaTampered:
      "{label}: the formula was changed (expected ={expected}, found {actual}). Copy this cell back from the same cell of the template, or type the formula again (LibreOffice in Vietnamese separates its parts with ; rather than ,).",
    formulaReplaced:
      "{label}: the form computes this cell (formula ={expected}), but it holds a figure typed or pasted over it (Paste Special › Values only included) and no formula. Copy this cell again from the same cell of the template, or open the copy saved before the paste; where the whole form was pasted over, copy the typed figures (the pale yellow cells) into a new template.",
    frozenPastForm:
      'Sheet "{sheet}" has panes frozen past the start of the form: {cells} cannot be scrolled to, so the form\'s title, headings or figures there are never seen, while the view may show something else. Unfreeze the panes (View → Freeze Panes → Unfreeze Panes), scroll back to cell A1 and save again.',
    rowsOutOfReach: "rows 1–{row}",
    columnsOutOfReach: "columns A–{column}",
    rowsAndColumns: "{rows} and {columns}",
    zerosHidden:
      'Sheet "{sheet}" is set to show zeros as empty cells: cell {cell} and any other required figure of 0 look as if never entered, while the 0 counts. Turn zero values back on (File → Options → Advanced → Show a zero in cells that have zero value; LibreOffice: Tools → Options → Calc → View → Zero values) and save. Gnumeric always writes this setting into an .ods: from Gnumeric, save as .xlsx.',
    zeroFormatHidden:
      "Cell {cell} of sheet \"{sheet}\" holds 0 in a number format that writes nothing for a zero: on screen and on the copy that is signed the required figure looks never entered, while the 0 counts. Set the cell's number format back to the template's (Home → Number Format; copy the format from a cell beside it) and save again.",
    zeroInkHidden:
      "Cell {cell} of sheet \"{sheet}\" holds 0 written in the colour of its background (its font's, or a conditional format's for zeros): on screen and on the copy that is signed the required figure looks never entered, while the 0 counts. Remove the conditional format (Home → Conditional Formatting → Clear Rules; LibreOffice: Format → Conditional → Manage) or set the font colour back to the template's, and save again.",
    zerosUnprinted:
      'Sheet "{sheet}" is set to print zeros as empty cells (its page style): on the printout — the copy that is signed, stamped and sent — cell {cell} and any other required figure of 0 look as if never entered, while the 0 counts. Tick zero values again (LibreOffice: Format → Page Style → Sheet → Print: Zero values) and save.',
    conditionalLooksUnchecked:
      "This version of Excel did not tell Thi Đua how conditional formats draw the cells (it lacks ExcelApi 1.19, or refused), so the figures were checked as the cells are formatted, not as they are shown: a figure a conditional format hides (a white font, a fill over it) was not looked for. Look over the forms, or check the saved file on the Thi Đua web page.",
    sheetBackground:
      "Sheet \"{sheet}\" has a picture or a dark colour behind its cells (a sheet background, or its page style's): the form's title, labels, unit line and signature lines, which have no fill of their own, may vanish into it — on screen in Excel, and on the printout LibreOffice makes, the copy that is signed and stamped — while its figures are used. Remove it (Page Layout → Delete Background; LibreOffice: Format → Page Style → Background → None) and save again.",
    formulasShown:
      'Sheet "{sheet}" is set to show formulas instead of their results (Show Formulas): cell {cell} and the form\'s other totals and rates show — and print — a formula, not a figure, so neither the screen nor the signed copy shows the figures rolled up. Turn it off (Formulas → Show Formulas, or Ctrl+`; LibreOffice: View → Show Formula) and save.',
    formulasPrinted:
      'Sheet "{sheet}" is set to print formulas instead of their results (its page style): on the printout — the copy that is signed, stamped and sent — cell {cell} and the form\'s other totals and rates print a formula, not a figure. Untick it (LibreOffice: Format → Page Style → Sheet → Print: Formulas) and save.',
    pageTextDiffers:
      'The {place} of the printed pages of "{sheet}" says "{text}", another unit or period than the report\'s ({about}): the printout — the copy that is signed, stamped and sent — names them. Correct or remove it (Insert → Header & Footer) and save again.',
    pageText:
      'The {place} of the printed pages of "{sheet}" says "{text}", which the template does not print: make sure it names no other unit or period than the report\'s ({about}) before it is signed and stamped.',
    pagePlace: { header: "header", footer: "footer" },
    printAreaOffForm:
      'Sheet "{sheet}" sets a print area ({areas}) that leaves out cell {cell} of the form: the printout — the copy that is signed, stamped and sent — lacks that cell or shows something else, while the figures used are the form\'s. Clear the print area (in Excel: Page Layout → Print Area → Clear Print Area; in LibreOffice: Format → Print Ranges → Clear) or set it to take in the whole form, and save again.',
    formNotPrinted:
      'Sheet "{sheet}" is set to print nothing: the printout — the copy that is signed, stamped and sent — lacks the whole form, from cell {cell}, while the figures used are the form\'s. In LibreOffice: Format → Print Ranges → Edit…, choose "- entire sheet -" for the print range, press OK, and save again.',
    printedTooSmall:
      "Sheet \"{sheet}\" prints at {scale}% (its page setup's scale, paper, margins or fit to pages, or columns too wide, a default font — the Normal style's — too large among the causes), so the form's figures, from cell {cell}, print about {size} pt high: too small to read on the copy that is signed, stamped and sent, though the screen shows them as ever. Set Page Layout → Scale to Fit back to 1 page wide and Automatic tall (or the scale to 100%), on A4 with Normal margins, the columns as wide and the Normal style's font as the template has them (Calibri 11), and save again.",
    titleMissing:
      'Sheet "{sheet}" does not show the form\'s title ("{title}") where a person sees it: it was deleted, hidden, struck through or replaced, so the screen and the copy that is signed show the figures under no title, or another form\'s. Copy the title back from the template into cell A1 (as the template writes it) and save again.',
    textPrintedTooSmall:
      "Sheet \"{sheet}\" prints at {scale}%, and the form's words — its title, unit line, headings or labels, from cell {cell} — are set in so small a font (of the cell, or of some of its words) that they print about {size} pt high: too small to read on the copy that is signed, stamped and sent, which then does not say which figure is which. Set the whole text of that cell back to the template's font size (Home → Font Size, 11; select the cell, not a part of its text) and save again.",
    opensPastForm:
      'Sheet "{sheet}" opens at cell {cell}, wholly below or right of the form (whose figures end at cell {last}), so a reader opening the file sees none of the form at first. Scroll back to cell A1 and save again.',
    opensOnOtherSheet:
      'The workbook opens on sheet "{sheet}" with its sheet tabs hidden (or squeezed out of sight), so a reader sees that sheet and not the form\'s sheet "{formSheet}", whose figures are the ones used. Show the sheet tabs (File → Options → Advanced → Show sheet tabs) and drag the tab bar wider, open on the form, or delete sheet "{sheet}".',
    formCopyTabsHidden:
      'Sheet "{sheet}" carries the title (or the column headings and row labels) of the form on sheet "{formSheet}", whose figures are the ones used, and the workbook hides its sheet tabs (or squeezes them out of sight): a reader paging through the sheets or reading the printout cannot tell the copy from the form. Delete sheet "{sheet}" or hide it (right-click its tab → Hide, with the tabs shown: File → Options → Advanced → Show sheet tabs).',
    formCopyOnSheet:
      'Sheet "{sheet}" shows the form again from cell {cell}, outside the form (whose title is in {title}): its title or its row labels written a second time, a copy of the form on the same sheet, perhaps with other figures, seen and printed with it — the signed copy may show it first — while only the form\'s figures are used. Delete the copy (its rows or columns) and save again.',
    formCopy:
      'Sheet "{sheet}" carries the title (or the column headings and row labels) of the form on sheet "{formSheet}", but only the figures on sheet "{formSheet}" are used, and a printout shows both. If "{sheet}" is a draft, delete or hide it; if its figures are the right ones, enter them on sheet "{formSheet}".',
    lookAlikeSheet:
      'Sheet "{sheet}" has a name that can be mistaken for the form\'s sheet "{formSheet}", whose figures are the ones used; a reader may look at the wrong sheet. Rename or delete sheet "{sheet}".',
    tinyRow:
      "{label}: the cell's row is only {size} pt high, too low to show its figure, yet its figure {value} counts. Set the row's height back (to 15, say).",
    tinyColumn:
      "{label}: the cell's column is only {size} characters wide, too narrow to show its figure, yet its figure {value} counts. Widen the column.",
    tinyFont:
      "{label}: the figure {value} is drawn about {size} pt high (a superscript or subscript is drawn smaller than its font size), too small to read, yet it counts. Set the cell's font size back (to 11, say), turn off superscript/subscript, and save.",
    hiddenInPrint:
      "{label}: the cell's style prints nothing (LibreOffice: Format Cells → Cell Protection → Hide when printing), so the copy that is signed, stamped and sent shows no figure here, while {value} counts. Turn that option off and save.",
    hiddenByMargins:
      "{label}: the cell style's margins (below zero, on the right, or too wide) push the figure out of the cell, so the printed copy and LibreOffice may show the cell blank or ###, while {value} counts. Set the cell's margins and indent back to 0 (LibreOffice: Format Cells → Alignment) and save.",
    hiddenByGraphic:
      "{label}: a conditional format draws a bar or an icon in the cell instead of its figure, so the form does not show it, yet its figure {value} counts. Remove that conditional format (or let it show the value) and save.",
    staleResult:
      "{label}: the cell shows {shown}, but its formula gives {computed} (the figure rolled up); {recalculate}",
    recalculate: {
      excel: "open the file in Excel, press Ctrl+Alt+F9 to recalculate every formula, and save.",
      libreoffice:
        "open the file in LibreOffice, choose Data › Calculate › Recalculate Hard (Ctrl+Shift+F9), and save.",
      either:
        "open the file, recalculate every formula (Excel: press Ctrl+Alt+F9; LibreOffice: Data › Calculate › Recalculate Hard, Ctrl+Shift+F9), and save.",
    },
    noResult: "(blank)",
    closingDiffers:
      "{label}: the closing figure {value} is the sum of the closing figures the units reported, not the opening plus the inflows less the outflows ({computed}), because some units' rounds disagree, a round is missing, or units were founded or dissolved during the period; see the summary's warnings and notes.",
    misleadingFormat:
      '{label}: the cell shows "{shown}", but the figure rolled up is {value}; its number format hides the real figure. Reset the cell\'s number format (Format Cells → Number: 0 decimal places, with the thousands separator — the code #,##0 in Excel, #.##0 in a LibreOffice set to Vietnamese) and save.',
    misfitUnit:
      '{label}: the cell shows "{shown}", in "{unit}", but it holds {expected} (the figure rolled up is {value}). Reset the cell\'s number format (Format Cells → Number: 0 decimal places, with the thousands separator — the code #,##0 in Excel, #.##0 in a LibreOffice set to Vietnamese) and save.',
    unitOfKind: {
      money: "an amount in đồng",
      count: "a count, not money nor a percentage",
      ratio: "a ratio shown as a percentage",
    },
    misfitUnitUncached:
      "{label}: the cell's number format writes \"{unit}\" beside whatever its formula computes, but it holds {expected}. Reset the cell's number format to the template's (the code #,##0 for a count, 0.0% for a rate in Excel; #.##0 and 0,0% in a LibreOffice set to Vietnamese) and save.",
    generalRounded:
      '{label}: the cell\'s column is only {width} characters wide, too narrow for the digits of {value} in the General format, so Excel and LibreOffice both show it rounded, in scientific form (such as "{shown}"), yet {value} counts. Widen the column (or give the cell the #,##0 format) and save.',
    generalRoundedInExcel:
      '{label}: the cell\'s column is only {width} characters wide, too narrow for the digits of {value} in the General format, so Excel shows it rounded, in scientific form (such as "{shown}"), yet {value} counts (LibreOffice shows it whole, but whoever opens the file in Excel reads the rounded figure). Widen the column (or give the cell the #,##0 format) and save.',
    unreadableFormatUncached:
      "{label}: the cell's number format may make it show another figure than its formula computes (Thi Đua cannot read this format with certainty). Reset the cell's number format to the template's (the code #,##0 for a count, 0.0% for a rate in Excel; #.##0 and 0,0% in a LibreOffice set to Vietnamese) and save.",
    unreadableFormat:
      "{label}: the cell's number format may make it show another figure than {value} (Thi Đua cannot read this format with certainty). Reset the cell's number format (Format Cells → Number: 0 decimal places, with the thousands separator — the code #,##0 in Excel, #.##0 in a LibreOffice set to Vietnamese) and save.",
    hiddenRow:
      "{label}: the cell is on a hidden row, so the form does not show it, yet its figure {value} counts. Unhide the row; a row a filter (AutoFilter) hides does not come back on Unhide: clear the filter (Data → Clear in Excel, Data → AutoFilter in LibreOffice).",
    hiddenColumn:
      "{label}: the cell is in a hidden column, so the form does not show it, yet its figure {value} counts. Unhide the column.",
    hiddenByMerge:
      "{label}: a merged range covers the cell, so the form does not show it, yet its figure {value} counts. Unmerge the cells.",
    underDrawing:
      "{label}: a drawing (a text box, a picture, a chart, a shape, or a note set to show always) lies over the cell, so what a person sees there need not be the figure it holds ({value}), which is the one used. Delete the drawing (or move it off the form; hide the note) and save.",
    noteOverComputed:
      "{label}: a note set to show always lies over the cell and hides the figure the form computes ({value}); the roll-up computes it again from the inputs, so it is not wrong, but a person reading the form or its printout does not see it. Better hide the note (right-click → Hide Note) or move its box off the form.",
    underPicture:
      '{label}: a picture (a logo, say) lies over part of the cell and may hide some of the words of "{value}". Check that it hides none of the line (or move it off the line) and save.',
    textCut:
      '{label}: "{text}" may show cut ({cause}), so a person may misread it ("Chưa đạt" showing as "đạt", say). Reset the cell\'s alignment and font as in the template (no indent, no turn, an ordinary font), and save.',
    textCutLabel: "The form's text",
    cutTurned: "the cell turns its text {turn} in a row only {height} pt high, so only part of it shows",
    stacked: "stacked letter under letter",
    crossedFigure:
      "{label}: the figure {value} is crossed out by a diagonal border of its cell, which a person reads as cancelled, yet it counts. Remove the diagonal border: Format Cells → Border, or enter the right figure, and save.",
    struckFigure:
      "{label}: the figure {value} is struck through, which a person reads as cancelled, yet it counts. Remove the strikethrough (Format Cells → Font → Strikethrough), or enter the right figure, and save.",
    hiddenByHashes:
      "{label}: the column is too narrow for the figure, so the cell shows ### (on screen and in print) and no figure, while {value} counts. Widen the column until the figure shows, and save.",
    hiddenBySymbols:
      "{label}: the figure is written in the symbol font {font}, so its digits show as pictures and no figure can be read, while {value} counts. Set an ordinary font back (Times New Roman or Calibri, say) and save.",
    hiddenByShrink:
      "{label}: the cell shrinks its figure to fit a column only {width} characters wide (Shrink to fit), drawing it about {size} pt high, too small to read, yet {value} counts. Turn off Format Cells → Alignment → Shrink to fit or widen the column, and save.",
    hiddenByTurn:
      "{label}: the cell turns its figure ({turn}) in a row only {height} pt high, so only part of the figure shows: a person may read another number, while {value} counts. Set the text level (Format Cells → Alignment → Orientation: 0°) and save.",
    hiddenUpsideDown:
      "{label}: the cell turns its figure over ({turn}), so as it stands its digits run backwards and upside down and a 6 reads as a 9, while {value} counts. Set the text level (Format Cells → Alignment → Orientation: 0°) and save.",
    cutSymbols:
      "the cell is written in the symbol font {font}, which draws its letters as symbols (Greek letters or pictures)",
    cutIndent: "the cell is indented {indent} levels",
    lineCut:
      '{label} "{text}" is longer than its column and stops at cell {cell}, which holds something (a space counts): a person reads only its start, without the unit or period it ends with. Empty cell {cell} or widen the column, and save.',
    cutRightToLeft: "the cell reads right to left, which aligns its General text to the right",
    cutAlignment: "the cell is aligned {found} where the template aligns it {expected}",
    alignments: { general: "General", left: "Left", center: "Center", right: "Right" },
    hiddenByColour:
      "{label}: the figure {value} is written in {text} on a {background} background, which can hardly be told apart, so the form does not show it, yet it counts. Reset the cell's font colour (Automatic) and its number format (a colour such as [Red] or [Color12] in it draws the figure too), and save.",
  },
  rollup: {
    overwritesReport:
      "The open workbook is the report of {unit}. Writing the summary here makes it the summary unit's report (the old sheets stay, but are no longer {unit}'s report); a new workbook is better.",
    overwritesSummary:
      "The open workbook holds the summary of {unit}, {period}. Writing the new summary here replaces it (it can be undone only until the next write); to keep both, open a new workbook.",
    blankTemplate:
      "The file is a template with no figure typed in: every input of {forms} is blank ({count} required cells). The unit may have sent the blank template in place of its filled report; ask it to send the file with its figures. If it is a copy of the template the province made to send out, keep those copies out of the folder of reports received.",
    invalid: "{count} error(s); the first{at}: {first}",
    invalidOne: "1 error{at}: {first}",
    wrongPeriod:
      "Wrong period: the file reports {found}, the roll-up is for {wanted}. It is left out; ask the unit for its report of the right period.",
    shortInside:
      "The summary of {code} is incomplete: {parts}. The figures of {code} leave that out; ask {code} before signing.",
    shortMissing: "{count} unit(s) with no report ({units})",
    shortPartial: "{count} unit(s) not reporting the whole period ({units})",
    shortBroken:
      "The summary of {code} lists units missing or short of the period, but the list cannot be read (a count it does not match, a code wrong or twice, a wrong date): it is taken as incomplete; ask {code}.",
    countedTwice:
      "The summary of {code} already holds {units}, which {file} also reports: it is left out so that no unit is counted twice. To use it instead, leave out those units' files.",
    countedTwiceUnnamed:
      'The summary of {code} already includes {units}, which the summary {file} includes too; these files do not say whose campaign workbook their unit codes are from (their campaign workbooks leave sheet "Đơn vị tổng hợp", Summarising unit (table TD_Parent), empty), so none is added, so that no unit counts twice. If these are different units sharing a code (each province codes its own units), ask each to fill the summarising unit\'s code and name in table TD_Parent of its campaign workbook, roll up and send the summary again; if it is one unit, leave one of the files out.',
    lookAlikeCode:
      "Unit code {code} reads like {other} of file {file} (the letter O and the digit 0; capital I, small l and the digit 1…): a reader takes them for two reports of one unit, the roll-up would count two units, so neither file is added up. Correct the wrong file's unit code (make it again from the right template) or roll up with the list of units (the campaign file).",
    holdsListedUnits:
      "File {file} is the summary of {code} holding {units} as well, units the list for this period counts on their own: adding it would count their figures as {code}'s and leave them missing. It is not added up; use {code}'s own report, and those units' own reports.",
    notActive:
      "Unit {code} is in the list of units but exists only {validity}{successors}, not in this period, so its file is not added up. If the list's dates are wrong, correct its columns Hiệu lực từ, Hiệu lực đến (Valid from, Valid to; sheet Đơn vị, Units, of the campaign file) and roll up again.",
    ownUnit:
      "The file carries the code of the summarising unit itself, {code}, not of a unit that reports to it: it may be an earlier summary left among the reports received. It is not added up. Keep summaries out of the folder of received reports; to roll up the whole year, roll up the units' reports of every round with the year as the period.",
    lateCorrection:
      "The report used ({file}) arrived on {received}, {days} day(s) after the due date {due}; the unit's file {earlier} of the same period arrived on {earlierDay}, on time, and was replaced by it. Days late count the report used; if the province counts the first sending, put {earlierDay} in unit {code}'s column Ngày nhận báo cáo (Report received; sheet Đơn vị, Units, of the campaign file; add the column if the table lacks it) and roll up again.",
    notExpected:
      "Unit {code} is not in the list of units for this period, so its file is not added up. Check the unit code in the file, or add the unit to the list of units (sheet Đơn vị, Units, of the campaign file) and roll up again.",
    notExpectedSameName:
      'Unit {code} is not in the list of units for this period, so its file is not added up. The list has unit {listed} of the same name, "{name}": if the unit\'s code changed to {listed}, send the unit a new template with code {listed}, or put code {code} back in the list of units (sheet Đơn vị, Units, of the campaign file), and roll up again.',
    namedForOther:
      "File {file} carries unit code {other} in its name but is {code}'s report ({code}'s template), while {code} sent its own ({kept}) and {other} sent none: {other} may have filled in {code}'s template. It is not added up, and {code}'s own report is used; check with {other}, and if the figures are its own, have it fill in its own template.",
    namedForOtherAlone:
      "File {file} carries unit code {other} in its name but is {code}'s report ({code}'s template): if the figures are {other}'s, it filled in {code}'s template and the summary counts them as {code}'s. Check with both units.",
    otherIndicators:
      "File {file}: unit {code}'s Form 05 lists other own indicators ({found}) than the campaign ({wanted}), so it cannot be added up; use the template made from the campaign workbook in use.",
    ownIndicatorsSetAside:
      "File {file}: {code}'s summary holds a Form 05 of its own campaign's own indicators ({found}), not those of the campaign rolled up ({wanted}): {code}'s Form 05 figures are left out, its other forms are added up. If Form 05 is wanted as this campaign defines it, ask {code} for its figures in the template made from the campaign workbook in use.",
    otherSubRows:
      'File {file}: {sheet} of unit {code}, row "{row}": split into ({found}), not as the campaign splits it ({wanted}), so it cannot be added up; use the template made from the campaign workbook in use.',
    noPeriod: "No valid report to tell the period from; choose the period to roll up.",
    continuity:
      "{label}: the opening figure of {period} is {opening} ({openingAt}) but the previous round closed at {closing} ({closingAt}); please check with the unit (an opening figure equals the previous closing one).",
    jump: "{label}{at}: {now}, against {before} in the previous period ({period}) — more than a {factor}-fold change; please check with the unit.",
    targetDiffersFromDefault:
      'Target "{target}" in file {file} is {found}, not the default {assigned} (no campaign was given); the default counts.',
    targetDiffers:
      'Target "{target}" in file {file} is {found}, the campaign assigned {assigned}; the campaign\'s value counts.',
    targetWithoutDefault:
      'Target "{target}" in file {file} is {found}, but no campaign was given and this target has no default, so the summary does not assess it (met / not met). Roll up with a campaign that assigns it to have it assessed.',
    targetNotAssigned:
      'Target "{target}" in file {file} is {found}, but the campaign does not assign this target to the unit, so the summary does not assess it (met / not met).',
    nameDiffers:
      'File {file} names unit {code} "{found}"; the list of units calls it "{listed}", the name the summary shows.',
    periodOfDates: "Reporting period ({span})",
    notApplicable: "not applicable",
    notAssigned: "not assigned",
    defaultParent: "Summary unit",
    notASummary: 'File "{file}" is not a Thi Đua summary (its TD_Data sheet is missing).',
    formsMissing:
      "{unit}: file {file} does not hold {forms}, which other reports of the period hold. The unit has not reported these forms ({span}): its figures are not in the totals, the cells are listed as unreported, and the forms' targets earn no points.",
    formsMissingInRound:
      "{unit}: file {file} ({span}) does not hold {forms}. The unit has not reported these forms for {span}: the period's flows of these forms are the other rounds' only, and the closing figures stay blank where this round is the last.",
    newerRefused:
      "{unit}: its newer file {refused} is refused (see Rejected files), so its older file {kept} is counted. Ask the unit to correct the newer file and send it again, or count the older one knowingly.",
    duplicateSameTime:
      "{unit}: files {kept} and {dropped} record the same save time but hold different figures, so nothing tells which is the later correction; file {kept} is used. Ask the unit which is right, leave the other out of the files rolled up and roll up again.",
    formsDropped:
      "{unit}: file {kept} replaces file {dropped}; {forms} of file {dropped} are not used (a newer file replaces the older one whole). If only one form was corrected, send again one file with every form.",
    budgetYearAssumed:
      "{unit}: report {file} spans years ({span}) but holds one year's budget: it is taken as {year}'s; no budget of {others} is known, so the unit's collection rate is against {year}'s budget alone. Report each year's rounds to be judged against every year's budget.",
    plansUnknown:
      "{unit}: its round summaries do not give the period's budget: {units} were in an earlier round's summary but not in its latest ({file}), so their budgets are in no total that can be used; {unit}'s budgets and its collection against them are left blank rather than counted wrong. Ask {unit} for its summary of the whole period (rolled up again from its units' reports of the whole period).",
    daysOfBudget: "{days}/{of} days of {span}",
    daysOfYear: "{days}/{of} days of {year}",
    budgetProratedTwice:
      "{unit}: {row}: the budget counts the days the unit existed ({dates} in the units list: {shares}), {budget} VND; collected {collected} VND is {rate} of it, above {limit}. The budget a unit types must be the whole year's: if the unit typed the budget assigned for its own days only, it was prorated twice, and its collection rate and met/not met are wrong. Ask the unit; if so, have it type the budget as a whole year's (the budget assigned × days of the year ÷ days it existed) and roll up again.",
    budgetProratedTwiceFromStart:
      "{unit}: {row}: the budget counts the days the unit existed ({dates} in the units list: {shares}), {budget} VND; collected {collected} VND is {rate} of it, above {limit}. The budget a unit types must be the one assigned for {covers}: if the unit typed the budget assigned for {dates} only, it was prorated twice, and its collection rate and met/not met are wrong. Ask the unit; if so, have it type the budget for {covers} and roll up again.",
    yearBudgetTyped:
      "{unit}: {row}: the year's collection, {collected} VND, is {rate} of the budget the unit typed ({budget} VND). The unit was founded on {start}, so the budget to type is the one assigned for {start} to {end}, not the whole year {year}'s. If the unit typed the year's budget, its collection rate and met/not met read too low: have it type the budget its budget decision states and roll up again. If the budget typed is right, the rate is the real one and needs no change.",
    budgetWholeUndated:
      "{unit}: the reports received cover only {covered} of {year}, not {gaps}; no units list says when the unit existed, so its year's budget counts whole. If the unit was founded or dissolved during the year (existing only over the days reported), the province's budget is overstated: roll up again with a units list (the campaign file or a .csv list) giving the unit's valid from, to (valid_from, valid_to) so that its budget counts its days; otherwise the unit has not reported {gaps}.",
    startAssumed:
      "{unit}: without a list of units, the unit is taken to start reporting on {start} (the first day of its first report received); {span} is not counted as missing. Give the list of units (the campaign file, or a .csv list) if the unit had to report the whole period.",
  },
  identityText: {
    unshowable: "holds control, line-break, text-direction or invisible characters",
    formulaStart: "starts with =, +, - or @ (a spreadsheet would read it as a formula)",
    statusMark: "starts with ✓ or ✗ (it would read like a status)",
    tooLong: "is longer than {max} characters",
  },
  place: {
    cell: 'cell {cell} of sheet "{sheet}"',
    sheet: 'sheet "{sheet}"',
    after: ", in {place}",
    range: 'range {cell} of sheet "{sheet}"',
    file: "file {file}",
    fileCell: "file {file}, {place}",
  },
  findingGroups: {
    oneMoreCell: "(and 1 more cell: {cells})",
    moreCells: "(and {count} more cells: {cells})",
  },
  unitValidity: {
    from: "from {from}",
    until: "until {to}",
    between: "from {from} until {to}",
    successors: " (successor units: {units})",
  },
  againstCampaign: {
    unitNotActive:
      "Unit {code} is in the campaign's list of units but exists only {validity}{successors}, not in {period}: the roll-up will refuse this file. Send the report of a period the unit exists in; if the list's dates are wrong, ask the federation above to correct its columns Hiệu lực từ, Hiệu lực đến (Valid from, Valid to).",
    ownUnit:
      "Unit {code} is the campaign's summarising unit itself (sheet Đơn vị tổng hợp, Summarising unit), not a unit that reports to it: the file is its report or summary, and a roll-up with this campaign refuses it. To check a summary before sending it upward, check it without the campaign (unselect the campaign, or leave out --campaign).",
    unitNotListed:
      "Unit {code} is not in the campaign's list of units for {period}: the roll-up will refuse this file. Check the unit code, or ask the federation above to add the unit to the list.",
    unitNotListedSameName:
      "Unit {code} is not in the campaign's list of units for {period}: the roll-up will refuse this file. The list has unit {listed} of the same name, \"{name}\": if the unit's code changed, enter the figures on the new template with code {listed}.",
    periodUnknown:
      "The report's period ({period}) is none of the campaign's ({periods}). The period is written into the template and no edit of the form changes it: if this is the report of one of the campaign's periods (copied from an earlier round's or year's report), get the template of that period (Thi Đua's Templates view, or ask the federation above) and copy the figures into it.",
    nameDiffers:
      'The report names unit {code} "{found}"; the campaign\'s list says "{listed}", and the summary will use that name.',
    targetDiffers:
      'The target "{target}" in the report is {found}; the campaign assigns {assigned}, which the summary uses. Download the template again from the campaign.',
    targetNotAssigned:
      'The target "{target}" in the report is {found}, but the campaign does not assign it to the unit; the summary will not assess it. Download the template again from the campaign.',
    otherSubRows:
      '{sheet}, row "{row}": the template splits it into ({found}), not as the campaign does ({wanted}); the roll-up will refuse this file. Get a new template from the campaign and copy the figures into it.',
  },
  campaign: {
    missingTable: "Table {table} is missing (an Excel table, or a sheet of that name).",
    tableUnread:
      'Sheet "{sheet}" holds figures, but the header row of table {table} (starting with the columns {first}) is not found: it may have been retyped, or a column inserted before those columns. A table that cannot be read leaves its rows unused; put the header row back as the campaign workbook was made (columns added go right of the table), then check again.',
    formulaNotSaved:
      "{table}, cell {cell}: the formula ={formula} has no result yet (the program that wrote the file did not compute it), so the cell's value cannot be read: open and save the file again in Excel or LibreOffice, or type the value itself in the cell, then check again.",
    missingColumn: "{table}: column {column} is missing.",
    unknownColumn: '{table}: column "{column}" is neither the code nor the name of a target of the catalog.',
    badId: '{table}: "{value}" is not a valid id (letters, digits, "_", ".", "-", at most 40).',
    repeated: "{table}: {value} appears twice.",
    twoBlocs: "Unit {value} is in two emulation blocs: {first} and {second}.",
    badDate: '{table}: "{value}" is not a valid date; write day/month/year, e.g. 15/7/2025.',
    required: "{table}: {column} is blank.",
    endBeforeStart: "{table}: the end is before the start.",
    dueBeforeEnd: "{table}: the due date {value} is before the period ends.",
    unknownPeriod: '{table}: period "{value}" is not on sheet Kỳ báo cáo (Periods).',
    kindOrUnit: "{table}: each row names either a unit kind or a unit code, not both.",
    repeatedDeadline: "{table}: period {period} has two due dates for {value}.",
    badPenaltyCap: '{table}: the most points off "{value}" must be a number ≥ 0.',
    penaltyTarget:
      '{table}: a "{method}" row scores no target; leave column Target blank ("{value}" is not used).',
    badCorrections: '{table}: corrected reports "{value}" must be a whole number ≥ 0.',
    overlapping: "Periods {first} and {second} overlap without one lying inside the other.",
    unknownKind: '{table}: unit kind "{value}" is not known; use one of: {kinds}.',
    unknownUnit: "{table}: unit {value} is not in the list of units (table TD_Units).",
    unknownSuccessor:
      "{table}: successor unit {value} is not in the list of units (table TD_Units); write the successors' codes separated by commas.",
    movedInWithoutStart:
      "{table}: unit {value} has Moved in from (Chuyển đến từ) filled but no Valid from (Hiệu lực từ). Type the day the unit moved in as its Valid from: its year's budget is counted from that day; if the unit did not move in, leave Moved in from blank.",
    movedInFromItself:
      "{table}: unit {value} has its own code or name as Moved in from (Chuyển đến từ). Write the code or name of the former parent unit it moved in from; if the unit was newly founded, leave Moved in from blank: a founded unit's budget counts whole, a moved-in unit's for its days.",
    successorsWithoutEnd:
      "{table}: unit {value} has successor units but no Hiệu lực đến (Valid to: the day it was dissolved); write that day, or the unit is taken as still there.",
    badYesNo: '{table}: column "{column}" holds "{value}"; write Có (yes) or Không (no) only (blank is no).',
    unknownTargetPeriod:
      "{table}: period {value} is not in the periods table (TD_Periods); leave it blank for a target of every period.",
    badTarget:
      '{table}: target "{column}" has an invalid value: "{value}". Type a figure: a count as a whole number without separators (120, "ít nhất 01"); a rate as 70%, 70 or 0.7; - (Không áp dụng) where it is not set.',
    implausibleRate:
      '{table}: rate target "{column}" says "{value}", read as {read}, probably mistyped (rates are usually 5% to 200%); for 105%, type 105% or 105.',
    unknownTarget:
      '{table}: target "{value}" is not in the catalog (write its name or code as on sheet Chỉ tiêu giao, Targets).',
    pointsNotPositive: '{table}: points "{value}" must be a positive number.',
    pointsTooLarge: '{table}: points "{value}" are more than {max}.',
    totalPointsTooLarge: "{table}: the points and bonus caps add up to more than {max}.",
    targetNotGiven:
      '{table}: target "{value}" is worth {points} points but no unit is given it (the * row of the targets table is blank and no unit has its own level), so its {points} points count for no unit. Give the target, or remove this row.',
    periodRowOutranksNotApplicable:
      '{table}: the * row of period {period} gives target "{value}" to every unit in that period, {units} included, whose own rows mark it not applicable (-) in every period: in {period} those units are given this level. If it still does not apply to them, add a row of each for period {period} with "-" in this target\'s column.',
    pointsNot100:
      "{table}: the targets' points add up to {total}, not 100 (bonuses aside). Units' scores are still out of 100; check it if the plan scores out of 100.",
    noDue: "{table}: period {value} has no due date, so no report can be late.",
    unknownMethod: '{table}: method "{value}" is not valid; use one of: {methods}.',
    badCap: '{table}: the bonus cap "{value}" must be a number ≥ 0.',
    capRequired: '{table}: the method "With bonus" needs a figure in column "Bonus cap".',
    badBloc: '{table}: bloc name "{value}" cannot contain *, ? or ~.',
    badScore: '{table}: minimum score "{value}" must be a number from 0 to 100.',
    gradesNotDescending: "{table}: grades must be listed by decreasing minimum score.",
    noPeriods: 'Sheet "{table}" (table TD_Periods) holds no period.',
    noUnits: 'Sheet "{table}" (table TD_Units) holds no unit, so missing reports cannot be told.',
    tooManyRows: "{table}: more than {max} rows.",
    badText: "{table}: {column} {reason}.",
    sameGrade: '{table}: grade "{value}" looks the same as grade "{first}".',
    unknownScope: '{table}: scope "{value}" is not valid; use one of: {scopes}.',
    badCount: '{table}: number "{value}" must be a whole number above 0.',
    unknownGrade: '{table}: grade "{value}" is not in the grades table; use one of: {grades}.',
    badMinScore: '{table}: minimum score "{value}" must be a number ≥ 0.',
    noBlocs: "{table}: awards per bloc, but no unit has an emulation bloc, so none is proposed.",
    badIndicatorCode:
      '{table}: indicator code "{value}" is not valid (letters without accents, digits and "_", at most 40).',
    catalogCode:
      '{table}: indicator code "{value}" starts like a form of the catalog (B01_ to B05_); choose another.',
    shadowsCatalog:
      '{table}: "{value}" is the code or name of the catalog\'s target "{target}"; an own indicator cannot replace one of the catalog.',
    unknownIndicatorKind: '{table}: indicator kind "{value}" is not valid; use one of: {kinds}.',
    badRatioPart:
      '{table}: ratio {value} needs in column {column} the code of another indicator of the table, not a ratio; "{part}" is not one.',
    partsIgnored: "{table}: {value} is not a ratio, so column {column} is not used.",
    badFigureSource:
      '{table}: indicator {value}, a figure of a form, needs in column {column} a figure (not a ratio) of Forms 01 to 04, by its row label as the form prints it (e.g. Grassroots unions) or its cell name without TD_; "{source}" is not one.',
    sourceIgnored: "{table}: {value} is not a figure of a form, so column {column} is not used.",
    badRequired: '{table}: column {column} says "{value}"; write Yes or No.',
    tooManyIndicators: "{table}: more than {max} own indicators.",
    unknownSubRowForm:
      '{table}: column {column} says "{value}", which is not Form 01, 02, 03 or 04; write e.g. Biểu 03.',
    unknownParentRow:
      '{table}: {form} has no row "{value}"; write the row label as the form prints it (e.g. {example}) or the row key.',
    parentNotSplittable:
      '{table}: row "{value}" of {form} is computed (a total, a ratio) or an opening or closing stock, so it cannot be split; split a row units type, e.g. {example}.',
    badSubRowCode:
      '{table}: row code "{value}" is not valid (letters without accents, digits and "_", at most 40).',
    subRowClash:
      "{table}: new row {value} of {form} has cell name {name}, which the form already has; choose another code.",
    singleSubRow:
      '{table}: row "{value}" of {form} is split into one row only ({code}), which is the row typed again; add at least one more (the rest, e.g. Other sectors) so the row is their sum.',
    tooManySubRows: "{table}: more than {max} added rows.",
  },
  campaignColumns: {
    periods: { id: "Period code", label: "Period name", start: "From", end: "To", due: "Due date" },
    units: {
      code: "Unit code",
      name: "Unit name",
      kind: "Unit kind",
      parent: "Parent unit",
      bloc: "Emulation bloc",
      valid_from: "Valid from",
      valid_to: "Valid to",
      received: "Report received",
      corrections: "Corrected reports",
      successors: "Successor units",
      moved_in_from: "Moved in from",
    },
    targets: { unit: "Unit code", period: "Period code" },
    scoring: { target: "Target", points: "Points", method: "Method", cap: "Bonus cap" },
    grades: { grade: "Grade", min_score: "Minimum score" },
    awards: {
      award: "Award",
      scope: "Scope",
      count: "Number",
      min_grade: "Minimum grade",
      min_score: "Minimum score",
      whole_period: "Must exist all period",
      subject: "Subject",
      min_direct_share: "Least share of direct production workers",
      upward: "Proposed to the level above",
    },
    indicators: {
      code: "Indicator code",
      name: "Indicator name",
      name_en: "English name",
      kind: "Kind",
      numerator: "Numerator",
      denominator: "Denominator",
      unit: "Unit of measure",
      required: "Required",
      source: "Source figure",
    },
    parent: { code: "Summarising unit code", name: "Summarising unit name", kind: "Unit kind" },
    deadlines: { period: "Period code", kind: "Unit kind", unit: "Unit code", due: "Due date" },
    subRows: {
      form: "Form",
      parent: "Row to split",
      code: "New row code",
      name: "Row name",
      name_en: "English name",
    },
  },
  indicatorKinds: {
    flow: "Flow in the period",
    stock: "Stock at a date",
    plan: "Plan",
    ratio: "Ratio",
    figure: "Figure of a form",
    yesno: "Yes/No",
  },
  awardScopes: {
    province: "Province-wide",
    bloc: "Per bloc",
  },
  scoringMethods: {
    pass_fail: "Met / not met",
    proportional: "Proportional",
    bonus: "With bonus",
  },
  penaltyMethods: {
    late_day: "Points off per day late",
    correction: "Points off per corrected report",
  },
  campaignSheets: {
    periodsSheet: "Periods",
    periodsHelp:
      "One row per period: its code (e.g. 2025-D1), name, first and last day, report deadline. Add rows for sprints, quarters, reviews. The table to the right (may stay empty): a due date of one period for a unit kind or for one unit; each row names a kind or a unit code. A unit's own date comes first, then its kind's, then the period's.",
    unitsSheet: "Units",
    unitsHelp:
      "One row per unit that must report. Pick the kind, the parent unit and the bloc from the drop-down lists. Hiệu lực từ/đến (Valid from/to): when a unit is founded, merged or dissolved. Columns Ngày nhận báo cáo (Report received) and Số lần nộp lại (Corrected reports: how many times the unit had to send its report again corrected, in the period rolled up, for points off) may be added. Đơn vị tiếp nhận (Successor units): the codes of the units that took over a dissolved one, separated by commas. Chuyển đến từ (Moved in from): the code or name of the unit a unit moved in from (Valid from is the day it moved in; its budget typed is the year's, counted for its days under this unit); blank for a unit newly founded.",
    targetsSheet: "Targets",
    targetsHelp:
      'Row "*": the province\'s defaults. One row per unit: blank = the default, "-" = not applicable. Rates as 70% or 0.7. Period code blank: a target of every period (the annual one); a period\'s code (a short sprint, a five-year review): the row replaces the annual targets in that period, its blank cells keeping them.',
    scoringSheet: "Scoring",
    scoringHelp:
      "Method: met/not met (all points when met), proportional (points × result ÷ target), with bonus (proportional, plus points above the target up to the bonus cap). Points off per day late and per corrected report: leave Target blank, give the points off per day or per report, the cap column as the most taken off (blank: no cap); they come off the score after it is scaled to 100 and the bonus added, never below 0. Grades: minimum score, highest first.",
    awardsSheet: "Awards",
    awardsHelp:
      "One row per award, the highest first: the award (Cờ thi đua, Bằng khen…), its scope (province-wide, or district-wide, sector-wide by the kind of the summarising unit; or per bloc), how many, the minimum grade and the minimum score (both may be left blank), whether a unit must exist all period (Có: a unit founded or dissolved within it is not proposed; blank is Không). A unit proposed for an award of an earlier row is not proposed again. Subject: Unit (blank is a unit too, by score), Person or Work or initiative (units propose them on the Nominations sheet of their template; the scope may be Each unit, a blank number means no limit, and a least share of direct production workers may be set; Proposed to the level above: Có for an award the level above gives, such as the Bằng Lao động sáng tạo, whose proposals are then copied into the Nominations sheet of the report sent to that level).",
    parentSheet: "Summarising unit",
    parentHelp:
      "The province's own unit, which rolls the units' reports up: the code and name its summary and the forms it sends upward carry (e.g. LDLD_DN, Liên đoàn Lao động tỉnh Đồng Nai). Its kind (blank is a provincial federation): a district federation's or a sector union's summary then says district-wide, sector-wide… where a province's says province-wide. One row.",
    indicatorsSheet: "Own indicators",
    subRowsSheet: "Split rows",
    subRowsHelp:
      "Split a row of Forms 01–04 into smaller rows (e.g. funding collected by sector). One table row per new row: Form (e.g. Biểu 03), Row to split (its label as the form prints it, e.g. Kinh phí công đoàn (2%)), New row code (letters without accents, digits, _, e.g. sxkd), Row name (e.g. Khu vực sản xuất kinh doanh), English name (may be left blank). Split each row into two rows or more; units type the new rows and the row split becomes their sum. Only rows units type can be split, not totals or ratios. To give a new row a target, add to Own indicators a row of kind figure of a form, Source figure its cell name without TD_ (e.g. B03_union_funding_sxkd_collected). Left empty: the forms stay as they are.",
    yes: "Yes",
    no: "No",
    indicatorsHelp:
      "The province's own indicators, Form 05 in every unit's template. Code: letters without accents, digits, _. Kind: flow in the period (rounds add up), stock at a date (the closing figure), plan (never added across rounds), ratio (name the numerator's and denominator's codes), yes/no (whether the unit itself did it, 1 or 0; the summary counts the units that did), figure of a form (a figure of Forms 01–04, named in column Source figure by its row label as the form prints it, e.g. Grassroots unions, or its cell name without TD_; units type it on that form only and Form 05 shows it, to give it a target, score it, or divide by it in a ratio). Required: Yes or No. Assign targets on sheet Chỉ tiêu giao, Targets (column B05_code), score them on sheet Bảng chấm điểm, Scoring. Left empty: the templates have no Form 05.",
    guideSheet: "Guide",
    guideTitle: "CAMPAIGN WORKBOOK — GUIDE",
    guideIntro:
      "This workbook is the province's campaign: its periods, the units that report, their targets, scoring and grades. Edit the tables (keep their TD_… names), then pick this workbook in Thi Đua to make each unit's templates and to roll up.",
    guideSteps:
      "1. Periods: set the dates and deadlines; a unit kind's or a unit's own deadline goes in the table to the right.|2. Units: one row per unit; pick kind, parent and bloc from the drop-down lists.|3. Summarising unit: the province's own code and name, which its summary and the forms sent upward carry.|4. Targets: row * is the default; a unit's own figure where it differs, - where it does not apply; a period's own targets (a 90-day sprint, a five-year review) on rows with its period code.|5. Scoring: each target's points and method, and rows of points off (late, corrected) where the plan has them; grades by minimum score.|6. Awards: one row per award, the highest first; scope, number, minimum grade and score.|7. Split rows (where the plan needs figures finer than the forms): split a row units type on Forms 01–04 into two rows or more, e.g. Form 03's union funding into the business sector, firms without a union and the public sector; units type the new rows and the row split is their sum; to give a new row a target, add a row of kind figure of a form to Own indicators.|8. Check the workbook: pick it in Thi Đua (Templates) or run thidua campaign check; every problem names its sheet and cell.",
    guideLists:
      "The lists of the drop-downs. A new bloc or parent unit may be typed straight into the table: Excel asks once, then takes it.",
    listKinds: "Unit kind",
    listMethods: "Method",
    listTargets: "Target",
    listBlocs: "Emulation bloc",
    listParents: "Parent unit code",
    listScopes: "Award scope",
    listSubjects: "Award subjects",
    listIndicatorKinds: "Own indicator kind",
    listPeriods: "Period code",
    listYesNo: "Yes / No",
    listGrades: "Grade",
    listTitle: "Pick from the list",
    listHelp: "Pick a value from the drop-down list (the lists are on sheet Hướng dẫn, Guide).",
  },
  form: {
    identity: "Reporting unit: {unit} — Period: {period}",
    due: " — Due: {due}",
    indicator: "Indicator",
    targets: "Campaign target",
    target: "Target assigned",
    result: "Result",
    assessment: "Assessment",
    met: "Met",
    notMet: "Not met",
    notApplicable: "Not applicable",
    yearToDate:
      "Rows marked (year to date): the figure from 1 January to the end of the period, earlier rounds included; each unit or person counted once.",
    budgetPartYear:
      'The unit exists {dates} (in the units list: {days}/{of} days of {year}). Column "Annual budget assigned": type the budget of the whole year {year}, as for a unit present all year; the roll-up counts {days}/{of} of it. If the unit was assigned a budget for {dates} only, type that budget × {of} ÷ {days}: typed as it is, it would be prorated twice.',
    budgetMovedIn:
      'The unit moved in on {start} from {previous} (in the units list: under this summarising unit {dates}, {days}/{of} days of {year}). Column "Annual budget assigned": type the budget assigned to the unit for the year {year} ({yearSpan}), as its budget decision states it, the part before the move included; do not type a budget for {dates} alone. The roll-up counts {days}/{of} of it.',
    movedInOn: "The unit moved in on {start} from {previous} (in the units list).",
    collectedFromMove:
      "Amounts collected: only what was collected from {start}; what was collected before the move was reported to {previous}.",
    flowsFromMove:
      "Figures for the period and year-to-date figures: count only from {start}; what came before the move was reported to {previous}.",
    yearToDateFromMove:
      "Rows marked (year to date): count only from {start}; what came before the move was reported to {previous}.",
    budgetFounded:
      'The unit was founded on {start} (in the units list). Column "Annual budget assigned": type the budget assigned to the unit for {start} to {end}, as its budget decision states it; do not turn it into a whole year\'s. The roll-up counts this budget whole.',
    budgetFoundedPart:
      'The unit exists {dates} (in the units list). Column "Annual budget assigned": type the budget assigned to the unit for {start} to {end}, as its budget decision states it; do not turn it into a whole year\'s. The roll-up counts {days}/{covers} of it (the days the unit exists over the days from {start} to {end}).',
    invalidFigureTitle: "Invalid figure",
    invalidFigureHelp: "Enter a whole number of 0 or more.",
    invalidYesNoHelp: "Enter 1 if the unit did it (yes), 0 if not (no).",
    metaSheet: "Report metadata (hidden)",
  },
  selfCheck: {
    sheet: "Kiểm tra",
    title: "Checks before sending the report",
    errors: "Errors",
    ok: "No errors — ready to send",
    errorsLeft: "{count} error(s) left — see sheet Kiểm tra",
    legend:
      "This sheet recalculates as figures are entered: ✓ right · ✗ error to correct · ⚠ worth a look · — not enough figures to check yet. On the forms, orange: required and blank; red: wrong; blue: worth a look.",
    onSubmission:
      "The reporting unit, the period, the template's version and the file itself (formulas changed, hidden cells, misleading formats) are checked on submission, by Thi Đua; changing this sheet's formulas does not make a report right.",
    form: "Form",
    cell: "Cell",
    check: "Form row (or rule)",
    checkEn: "Form column — a whole number ≥ 0 (for a rule: English)",
    result: "Result",
    counted: "Errors",
    figure: "Figure checked",
    marks: "Marks",
    optional: "{label} (optional: blank is 0)",
    blank: "✗ blank",
    notNumber: "✗ not a number",
    tooLarge: "✗ too large",
    negative: "✗ negative",
    fraction: "✗ not a whole number",
    broken: "✗ rule broken",
    review: "⚠ worth a look",
    spaces: "✗ spaces or hidden characters: clear the cell",
    formula: "⚠ a formula: type the figure",
    moneySmall: "⚠ a very small sum: typed in đồng?",
    nominationNoName: "Nominations: a line with content but no name of a person, work or initiative",
    nominationNoAward: "Nominations: a named line with no proposed award chosen",
    nominationNoDirect: "Nominations: a named line with neither Có nor Không for direct production worker",
    nominationBadValue: "Nominations: a value created that is not a number of đồng, or is negative",
    nominationLines: "✗ {count} line(s)",
    listFlags: "Nominations line with an error (1)",
  },
  period: {
    round: "Round {round} of {year} ({span})",
    wholeYear: "Whole year {year} ({span})",
    /** Whose report and for when, as a checked file's verdict says it. */
    reportAbout: "{unit} ({code}), {period}",
  },
  print: {
    page: "Page {page}/{pages}",
    about: "{unit} — {period}",
    dateLine: "Place, day, month and year",
    preparer: "Prepared by",
    preparerSigns: "(signature and full name)",
    head: "Head of the unit",
    headSigns: "(signature, full name and seal)",
  },
  unitKind: {
    commune: "Commune or ward union",
    industrial_park: "Industrial-park union",
    sector: "Sector union or equivalent",
    grassroots_direct: "Grassroots union reporting directly",
    district_legacy: "District federation (before 01/7/2025)",
    federation: "Federation of labour",
  },
  summaryLevels: {
    federation: "province-wide",
    district_legacy: "district-wide",
    sector: "sector-wide",
    industrial_park: "park-wide",
    commune: "unit-wide",
    grassroots_direct: "unit-wide",
  },
  unitKindBeforeReform: {
    district_legacy: "District federation",
  },
  summary: {
    overviewSheet: "Summary",
    chartSheet: "Charts",
    scoringSheet: "Scoring",
    blocSheet: "Ranking by bloc",
    statusSheet: "Submissions",
    roundsSheet: "Rounds",
    warningsSheet: "Warnings",
    rejectedSheet: "Rejected files",
    duplicatesSheet: "Duplicate submissions",
    blanksSheet: "Figures left blank",
    dataSheet: "Each unit's figures (for the next period)",
    title: "Emulation results summary — {period}",
    parent: "Summary unit: {name} ({code})",
    counts: "Received: {received} · Missing: {missing} · Duplicates: {duplicates} · Rejected: {rejected}",
    comparedWith: "Compared with the previous period: {period}",
    no: "No.",
    unitCode: "Unit code",
    unitName: "Unit name",
    unitKind: "Unit kind",
    bloc: "Bloc",
    target: "Target",
    result: "Result",
    assessment: "Assessment",
    previousResult: "Previous result",
    change: "Change",
    score: "Score",
    grade: "Grade",
    blocRank: "Rank in bloc",
    rank: "Overall rank",
    chartTitle: "Score by unit",
    sourceFile: "Source file",
    sha256: "File checksum (SHA-256)",
    total: "Total",
    partial: "Report incomplete: {gaps} missing",
    note: "Note",
    scoringTitle: "Scoring table",
    gradesTitle: "Grades by score",
    unitPointsTitle: "Points of each unit",
    points: "Points",
    method: "Method",
    cap: "Bonus cap",
    minScore: "Minimum score",
    earnedPoints: "Points earned (without bonus)",
    bonusPoints: "Bonus points",
    possiblePoints: "Points possible",
    capBoth: "Bonus or penalty cap",
    penalty: { late_day: "Late", correction: "Corrected" },
    penaltyCount: { late_day: "Days late", correction: "Corrected reports" },
    penaltyPoints: "Points off",
    penaltyTotal: "Total points off",
    penaltyReason: "Why points were taken off",
    penaltyReasons: {
      late_day: "{count} day(s) late: −{points} point(s)",
      correction: "Sent again corrected {count} time(s): −{points} point(s)",
    },
    penaltyAtCap: " (the cap)",
    noBloc: "No bloc",
    expectedTitle: "Expected units",
    status: "Status",
    due: "Due",
    received: "Received",
    daysLate: "Days late",
    gaps: "Rounds or dates not reported",
    rejectedElsewhere: "{count} file(s), on sheet {sheet}",
    rejectedTitle: "Rejected files (reasons)",
    reason: "Reason",
    reasonEn: "Reason (English)",
    duplicatesTitle: "Duplicate submissions",
    duplicatesElsewhere: "{count} unit(s) sent more than once, on sheet {sheet}",
    blanksElsewhere: "{count} figure(s) left blank by {units} unit(s), on sheet {sheet}",
    warningsTitle: "Warnings by unit (figures to look at, still rolled up)",
    warningsElsewhere: "{count} warning(s) of {units} unit(s), on sheet {sheet}",
    warning: "Warning",
    warningEn: "Warning (English)",
    place: "Sheet!Cell",
    everyFigure: "Every figure of the form (the unit sent no such form, or left all of it blank)",
    everyFigureRoundMissing:
      "Every figure of the form (the unit did not report the round they come from: see Rounds or dates not reported on sheet Submissions)",
    unreportedTitle: "Figures units left blank (totals hold only what the others reported)",
    template: "Form",
    indicator: "Indicator",
    period: "Period",
    kept: "File used (newest)",
    dropped: "Files not used",
    none: "(none)",
    noList:
      "No list of the units that must report: which reports are missing cannot be known. Pick the campaign workbook (its TD_Units table) or a units list (.csv) and roll up again.",
    missingUnknown: "unknown (no list of units)",
    stocksAtStart:
      "Opening figures on the Total row (members and grassroots unions at start) count only the units present on {date}; left out: {units} (founded, or first reporting, after that day; a unit's own row shows its opening on its first day).",
    roundsTitle:
      "Due date, day received and days late of each round (Submissions: the last round's due date, the most days late)",
    countTargetScope:
      'Target "{target}" on the Total row: the target {goal} adds the units it is assigned to; the result, {all}, is every unit\'s, the units not assigned it ({units}) included, and is compared with that target as on the form sent upward.',
    countTargetMissing:
      'Target "{target}" on the Total row: {goal} adds only the targets of the units whose reports are rolled up; left out: {units} (no report, or its file refused), assigned {missing}, so the target of all units is {assigned}. The Total row\'s result also counts only the units that reported, and is compared with {goal}; once every report is in, roll up again.',
    rateTargetProvince:
      "Target \"{target}\" on the Total row: units were assigned different thresholds ({assigned}); the Total row's is the campaign's general one, {goal} (the * row of the targets table), against the rate over every unit's totals.",
    rateTargetMostCommon:
      "Target \"{target}\" on the Total row: units were assigned different thresholds ({assigned}) and the campaign sets no general one; the Total row's is the one most units were assigned, {goal} (of equally common ones, the higher), against the rate over every unit's totals.",
    endedUnit: "Unit dissolved within the period — {code} {name}: {ended}.",
    previousSetAside:
      "The previous summary chosen is of {previous}, not of a period before {period}: nothing is compared with it (no previous results, no warnings on unusual changes). Choose the summary of the period just before, then roll up again.",
    planYears:
      "The budget (the year's plan) of this period adds the budgets of the years {years}, each as that year's last round reports it; the period's collection rate is everything collected over the period ÷ the years' budgets added (a round short of its year's end is progress towards the year's budget).",
    planProrated:
      "The year's budget of {units} counts the days the unit existed in the year (valid from, to in the units list): the budget the unit typed × days existed in the year (for a unit that moved in, the days from its move) ÷ days that budget covers (from 1 January, or from its founding for a unit founded in the year, to 31 December; a report made from an older template: the whole year), rounded to the đồng.",
    planUndated:
      "The year's budget of {units} counts whole though their reports cover only part of the year: no units list gives their founding or dissolution dates. If they existed only over the days reported, the Total row's budget is overstated and its collection rate understated; roll up again with a units list giving their valid from, to (see Warnings).",
    stocksAtEnd:
      "Closing figures on the Total row (every figure counted at the period's end: members, unions, workers, enterprises, CLAs and public employees at end, Form 04's year-to-date counts, Form 05's own indicators at a date, and the rates over them) count only the units still present on {date}; left out: {units} (dissolved or merged before that day; a unit's own row shows its closing on its last day).",
  },
  awards: {
    sheet: "Award proposals",
    unitsSheet: "Units' award proposals",
    proposalsTitle: "Units proposed for awards",
    notEligibleTitle: "Units not eligible for an award",
    award: "Award",
    scope: "Scope",
    rank: "Rank (in the bloc or {level}, by scope)",
    rule: "Why proposed",
    reason: "Reason",
    noProposal: "(no eligible unit)",
    provinceRank: "rank {rank} {level}",
    blocRank: "rank {rank} in {bloc}",
    gradeAtLeast: "grade {grade} (required: {min} or above)",
    scoreAtLeast: "score {score} (required: {min} or above)",
    tied: "level on score with the unit in the last place, so proposed beyond the number {count}",
    ties: "Units level on score at the last place are all proposed, even beyond the number; the emulation and commendation council decides.",
    countLine: "{award} ({scope}): proposed {proposed}, number {number}",
    countBeyond: " — {beyond} more than the number, being level on score at the last place",
    englishTitle: "In English (not printed with the list)",
    ended: "dissolved on {date}",
    successors: "successor units: {units}",
    rejected: "Report rejected: {reason}",
    missing: "Report missing",
    partial: "Report incomplete: {gaps} missing",
    proposalLine: "{award} ({scope}): {code} {name} — score {score}, grade {grade}, rank {rank}",
    beyondNumber: "(beyond the number)",
    notEligibleLine: "{code} {name}: {reason}",
    rules:
      "Each award in the order of the campaign workbook's sheet Khen thưởng, Awards (TD_Awards): the units reaching its minimum grade and score, in rank order (within their bloc for a per-bloc award), up to its number. A unit is proposed for one award only (the earlier row's). A unit whose report was rejected, is missing or incomplete is not proposed; an award that must go to a unit existing all period takes no unit founded or dissolved within it.",
  },
  submissionStatus: {
    received: "Received",
    missing: "Missing",
    rejected: "Rejected",
  },
  file: {
    duplicateEntry:
      'File "{file}" holds two compressed parts named "{part}"; programs may each read a different one, so the file is refused. Ask the sender to open it in Excel, save it and send it again.',
    unsafeEntryName:
      'File "{file}" holds a part with an unsafe name "{part}" (pointing outside its folder); it may be damaged or malicious: ask the sender to open it in Excel, save it and send it again.',
    repeatTooLarge:
      'File "{file}" repeats a cell or row too many times (beyond the limits of any spreadsheet); it is corrupt or malicious. Ask the sender to open it in Excel, save it and send it again.',
    repeatUnreadable:
      'File "{file}" writes how many times a row, column or cell repeats, or how many cells it spans, as something other than a whole number ("{written}"): LibreOffice and Thi Đua read it differently, so the cells after it stand elsewhere. It is corrupt or edited by hand; ask the sender to open it in Excel or LibreOffice, save it and send it again.',
    readTimeout:
      'Reading file "{file}" took over {seconds} seconds and was stopped; it is corrupt or may be malicious. Ask the sender to open it in Excel, save it and send it again.',
    readMemory:
      'Reading file "{file}" needed over {mb} MB of memory and was stopped: it is larger than the reader takes (an .xls of more than about 100,000 cells, say; save it as .xlsx), or made to exhaust it.',
    readCrash:
      'File "{file}" could not be read: the reader stopped unexpectedly; it is corrupt or may be malicious. Ask the sender to open it in Excel, save it and send it again.',
    readerNotStarted:
      'File "{file}" was not read: the reader did not start within {seconds} seconds, the machine being too busy; the fault is not the file\'s. Close some programs and run it again.',
    tooLarge: 'File "{file}" is too large ({size} bytes; the limit is {max}).',
    unsupported:
      'File "{file}" is not an Excel (.xlsx, .xls) or OpenDocument (.ods) spreadsheet; ask the sender for the filled-in template itself.',
    tooManyEntries:
      'File "{file}" holds too many compressed parts (the limit is {max}); it may be damaged. Ask the sender to open it in Excel, save it and send it again.',
    inflatesTooLarge:
      'File "{file}" expands to too much data (over {max} bytes); it may be damaged or malicious: ask the sender to open it in Excel, save it and send it again.',
    partInflatesTooLarge:
      'Part "{part}" of file "{file}" expands to too much data (over {max} bytes); it may be damaged or malicious: ask the sender to open it in Excel, save it and send it again.',
    badZipLayout:
      'File "{file}" has an irregular zip structure, and may be damaged or malicious; ask the sender to open it in Excel, save it and send it again.',
    twoFormats:
      'File "{file}" is both an Excel and an OpenDocument workbook; programs may each read a different one, so the file is refused. Save it again as .xlsx or .ods, then send it again.',
    cellLikeName:
      'File "{file}" has a defined name "{name}" that reads as a cell address: LibreOffice uses it in place of that cell in every formula, so the form shows other figures than those counted. Delete the name (Formulas → Name Manager) and send the file again.',
    precisionAsDisplayed:
      'File "{file}" is set to compute with "precision as displayed": Excel and LibreOffice round every figure as its cell shows it before computing, so the form\'s totals, rates and Đạt/Chưa đạt differ from those counted. Turn it off (File → Options → Advanced → Set precision as displayed), save and send the file again.',
    linksOut:
      "File \"{file}\" has formulas that take figures from another workbook (external links): Excel and LibreOffice show that workbook's figures while Thi Đua computes from the form's own cells, so what the form shows may differ from what counts. Break the links (Data → Edit Links → Break Link), save and send the file again.",
    olderXls:
      'File "{file}" is saved in an old Excel format (Excel 5.0/95 or earlier): Thi Đua cannot read its cells\' fonts, colours and alignment in that format, so it cannot check that what the form shows is what counts. Open it and save it again (File → Save As → Excel Workbook (.xlsx)), then send it again.',
    badPartName:
      'File "{file}" holds a part with an invalid name "{part}" (an empty, "." or ".." segment, a "\\", a segment ending in a dot, or a start "Root Entry/"); programs may each read a different part, so the file is refused. Ask the sender to open it in Excel, save it and send it again.',
    partNameCase:
      'File "{file}" refers to part "{part}", but the zip names it "{found}" (in another case): LibreOffice does not find it (it shows the part blank, or does not open the file) while other programs read it, so the file is refused. Open the file in Excel, save it and send it again.',
    unmarkedPartName:
      'File "{file}" holds a part named "{part}" with non-ASCII characters but no stated encoding; programs read such a name differently. Open and save it again in Excel, then send it again.',
    xmlEncoding:
      'Part "{part}" of file "{file}" uses the text encoding "{encoding}"; only UTF-8 and UTF-16 are accepted. Open and save it again in Excel, then send it again.',
    duplicateSheet:
      'File "{file}" has two sheets named "{sheet}" (Excel does not allow it); programs may each show a different one, so the file is refused. Ask the sender to open it in Excel, save it and send it again.',
    corrupt: 'File "{file}" is corrupt or unreadable; open and save it again in Excel, then send it again.',
    truncated:
      'The file "{file}" is damaged or was not fully downloaded or copied: it stops partway, its end missing. Download or copy it again (or ask the sender to send it again), then check it again.',
    twoWorkbooks:
      'File "{file}" holds two copies of the workbook (as Excel 97 and as Excel 5.0/95): programs may each read a different one. Save it in one format only (Excel 97-2003 .xls, or .xlsx) and send it again.',
    xlsTooLarge:
      'The .xls file "{file}" is larger than the reader takes ({size} bytes; the limit is {max}); open it in Excel, save it as .xlsx and send it again.',
    embeddedTooLarge:
      'File "{file}" holds embedded objects too large ({size} bytes besides the forms; the limit is {max}), which a report does not need. Delete the embedded objects (attached files, OLE objects), save it and send it again.',
    unsupportedMethod:
      'Part "{part}" of file "{file}" is compressed in a way Excel and LibreOffice do not read (method {method}); open the file in the program which made it, save it as .xlsx and send it again.',
    encrypted:
      'File "{file}" has a password to open it or is encrypted, so it cannot be read. Remove the password (Excel: File → Info → Protect Workbook → Encrypt with Password, clear the password and press OK; LibreOffice: File → Save As, untick "Save with password"), or save it as an .xlsx with no password, and send it again.',
    tooManyCells:
      'File "{file}" has too many non-empty cells (over {max}); delete the extra sheets or data and save it again.',
    tooManyRows: 'Sheet "{sheet}" of file "{file}" has too many rows (row {row} and beyond; at most {max}).',
    formatTooLong:
      'File "{file}" holds a number-formatting code {length} characters long (Excel allows up to {max}); it is corrupt or malicious. Reset the cells\' number formatting in Excel, then send it again.',
    tooManySheets:
      'File "{file}" has {count} sheets (up to {max} are read; a report has fewer than 20), so it is refused unread. Delete the extra sheets, then send it again.',
    tooManyConditionalFormats:
      'Sheet "{sheet}" of file "{file}" has too many conditional formats (over {rules} rules or over {areas} areas they apply to); a report usually has a few. Remove them (Home → Conditional Formatting → Manage Rules), then send it again.',
  },
  unitsList: {
    tooLarge: 'Units list "{file}" is too large (over {max} bytes).',
    empty: 'Units list "{file}": the units list is empty (it needs a header line, then a line per unit).',
    missingColumn:
      'Units list "{file}": column {column} is missing (needs code, name; optional kind, parent, bloc, valid_from, valid_to, successors, moved_in_from, received, corrections).',
    badRow: 'Units list "{file}", line {line}: {field} "{value}" is not valid.',
    longName: 'Units list "{file}", line {line}: the unit name is longer than {max} characters.',
    badText: 'Units list "{file}", line {line}: {field} {reason}.',
    duplicate: 'Units list "{file}": unit code "{code}" on line {line} repeats line {first}.',
    notUnicode:
      'Units list "{file}" is not saved in Unicode, so its Vietnamese letters would be wrong. In Excel, Save As "CSV UTF-8 (Comma delimited)" (Excel 2016 and later) or "Unicode Text" (Excel 2010, 2013); in LibreOffice, choose the Unicode (UTF-8) character set.',
    unknownSuccessor:
      'Units list "{file}", line {line}: successor "{code}" is not in the list; write the successors\' codes separated by commas.',
    movedInWithoutStart:
      'Units list "{file}", line {line}: moved_in_from is filled but valid_from is not; write the day the unit moved in as its valid_from: its year\'s budget is counted from that day.',
    movedInFromItself:
      'Units list "{file}", line {line}: moved_in_from is its own code or name; write the code or name of the former parent unit, or leave it blank if the unit was newly founded.',
    unreadable: 'Units list "{file}" cannot be read: it is not well-formed CSV (commas, quotes).',
  },
  cli: {
    nodeTooOld:
      "Thi Đua needs Node.js 20.15 or newer (or 22.2 or newer); this machine has Node.js {version}. Install the latest Node.js 20 or 22.",
    fileUnreadable: 'Cannot read file "{file}": {reason}.',
    folderUnreadable: 'Cannot read folder "{path}": {reason}.',
    outputUnwritable: 'Cannot write file "{path}": {reason}.',
    badNameReason:
      "its name is not valid Unicode text (common in zips made on Windows); rename the file and run again",
    goneReason: "it is no longer there (deleted, moved, or a broken link)",
    outputInUseReason:
      "the file may be open in Excel or another program (close it and run the command again; the old file is left whole), or writing there is not allowed",
    readOnlyReason:
      "the file is read-only or not yours to write, so it is left as it is; clear read-only to replace it, or write to another file",
    deniedReason: "permission denied",
    folderReason: "it is a folder",
    noNewFileReason: "that folder does not take new files",
    linkReason: "it is a link (symlink); write to the file itself or choose another name",
    specialFileReason: "it is not a regular file (a pipe, a device or a socket)",
    notFolderReason: "part of the path is not a folder",
    fullReason: "the disk is full",
    systemReason: "a file-system error",
    internalError:
      "An internal error stopped the program; run it again with --verbose and send what it prints to your administrator.",
    fileNotFound: "File or folder not found: {path}",
    leftOut:
      "Left out {count} file(s) in the folders: no report (.xlsx, .xlsm, .xls, .ods), an Excel lock file (~$) or a hidden file.",
    archivesLeftOut:
      "Compressed folder(s) {files} not opened: the reports inside are not read. Unpack them, then give the unpacked folder.",
    setAside:
      "{files} in the folder is not read as a report: it is the campaign, units list or previous summary this command uses.",
    folderTruncated:
      "A folder goes deeper than {depth} levels or holds more than {entries} entries: the rest was not looked at; choose a smaller folder.",
    givePeriod: "No valid report to tell the period from; give the period, e.g. --period 2025-D1.",
    nothingRolledUp: "No report could be rolled up; no summary was written.",
    noInputFiles: "No .xlsx, .xlsm, .xls or .ods file to read.",
    wouldOverwriteInput:
      "The output {path} is a file this command reads (a received report, the campaign, the previous summary, the units list), perhaps by another path; files read are never overwritten.",
    badPeriod: 'Invalid period "{period}" (YYYY-D1, YYYY-D2 or YYYY).',
    badTemplates: "Templates not in the catalog: {ids}",
    badUnitKind: "Invalid unit kind: {kind} (choose: {kinds})",
    badUnitCode: 'Invalid unit code "{code}".',
    unknownTarget: "No such target in the chosen templates: {key}",
    badTargetValue: 'Invalid value for target {key}: "{value}"',
    templateWritten: "Wrote template {file} ({templates}) for {unit}, {period}.",
    outputRequired: "Name the summary file to write (-o, --output); only --json can do without one.",
    noParent:
      'The summarising unit (your own, which the summary and the forms sent upward carry) is not known, so no summary file is written: add --parent-code and --parent-name (e.g. --parent-code LDLD_DN --parent-name "LĐLĐ tỉnh Đồng Nai"), or write its code and name on the campaign workbook\'s sheet "Đơn vị tổng hợp", Summarising unit (table TD_Parent) and give --campaign.',
    summaryWritten: "Summary written: {file}",
    validateOutcome: "{files} file(s): {ready} ready, {errors} with errors, {unreadable} unreadable.",
    rollupOutcome:
      "{files} file(s): {used} rolled up, {rejected} rejected, {unreadable} unreadable{missing}{partial}{short}.",
    unitsLacking: "; {count} unit(s) without a report",
    unitsWithoutRounds: "; {count} unit(s) without every round",
    summariesShort: "; {count} summary(ies) lacking some of their units' reports",
    reading: "Reading files…",
    ok: "no errors",
    counts: "{errors} error(s), {warnings} warning(s)",
    readyToSubmit: "Ready to submit",
    due: "due {due}",
    error: "ERROR",
    warning: "WARNING",
    unusable: "UNUSABLE",
    moreWarnings: "… and {count} more warning(s) (use --all to see them)",
    units: "Units rolled up",
    missing: "Missing",
    duplicates: "Duplicates (the newest file is used)",
    rejected: "Rejected files (reason)",
    legend: "Targets",
    unitColumn: "Unit",
    metColumn: "Met",
    scoreColumn: "Score",
    gradeColumn: "Grade",
    blocHeading: "Bloc: {bloc}",
    noBloc: "In no bloc",
    blocRankColumn: "Bloc rank",
    rankColumn: "Rank",
    statusColumn: "Status",
    onTime: "On time",
    daysLate: "{days} day(s) late",
    partial: "Rounds missing",
    summaryShort: "Summary incomplete",
    targetResults: "Results by target (✓ met, ✗ not met)",
    unitWarnings:
      "The units' warnings, one line per kind with an example from the first unit (--json has every warning)",
    warningSpread: "{count} warning(s) in {units} unit(s): {codes}",
    totalRow: "TOTAL",
    campaignUnusable: 'The campaign workbook "{file}" has errors (see above); fix them and run again.',
    campaignWritten:
      "Wrote the campaign workbook {file}: {periods} period(s), {units} unit(s), {rules} scored target(s).",
    campaignOk:
      "✓ {file}: {periods} period(s), {units} unit(s), {blocs} bloc(s), {errors} error(s), {warnings} warning(s).",
    campaignBad: "✗ {file}: {errors} error(s), {warnings} warning(s).",
    unitNotInCampaign: "Unit {code} is not among the campaign's units for {period}.",
    unitNameNeeded: "--unit-name is needed (or --campaign, to take the unit's name from the campaign).",
    badYear: 'Year "{year}" is not valid (2000–2100).',
    parentIncomplete:
      'TD_Parent needs both the summary unit\'s code and its name: add both --parent-code and --parent-name (e.g. --parent-code LDLD_GL --parent-name "LĐLĐ huyện Gia Lâm" --parent-kind "LĐLĐ huyện"), or leave all three out to fill them in the campaign workbook later.',
    badParentName: 'The summary unit name "{name}" {reason}.',
    templatesWritten: "Wrote {count} template(s) for {period} in {dir} (due {due}).",
    codeColumn: "Code",
    catalogInput: "input",
    catalogComputed: "computed",
    catalogRule: "rule {rule} ({severity})",
    catalogTarget: "target {key} = {value} ({combine}) → {cell}",
    catalogMetadata: "metadata: sheet {sheet} ({keys})",
  },
  cliUsage: {
    unknownOption: "There is no option {option}. If it is a file name, put -- before the list of files.",
    unknownCommand: "There is no command {command}.",
    missingArgument: "An argument is missing: name the files or folders to read.",
    optionMissingArgument: "Option {option} needs a value.",
    missingOption: "Required option {option} is missing.",
    invalidArgument: "The value {value} is not valid for option {option}.",
    excessArguments: "This command takes no more arguments.",
    repeatedOption:
      "Option {option} is given more than once. If a file name starts with -, put -- before the list of files (thidua rollup -o summary.xlsx -- *.xlsx) or rename the file.",
    other: "The command is not right: {detail}",
    seeHelp: "See: thidua --help",
  },
  cliHelp: {
    program:
      "Thi Đua — union emulation report templates, checks of received reports and their roll-up into an Excel summary.",
    lang: "language of the output: vi (Vietnamese, the default) or en (English)",
    verbose: "on failure, print technical detail as well (to send to your administrator)",
    json: "print JSON for other programs to read, instead of a table",
    help: "show this help",
    version: "show the version number",
    helpCommand: "show the help of a command",
    catalog: "List the templates, their input cells, defined names, checks and targets",
    template: "Write a blank template workbook (.xlsx) for one unit",
    output: "the .xlsx file to write",
    templateCampaign: "the campaign workbook: the unit's name, assigned targets and due date come from it",
    unitCode: "the reporting unit's code (e.g. X01)",
    unitName: "the unit's name (not needed with --campaign)",
    unitKind: "the unit's kind: {kinds}",
    parentCode: "the parent unit's code",
    period: "reporting period: YYYY-D1 (round 1), YYYY-D2 (round 2) or YYYY (the year)",
    templateIds: "the forms to include, comma-separated (by default all four: B01,B02,B03,B04)",
    target:
      "set one target as key=value (e.g. B01_nonstate_cla_rate=75%; key=- for not applicable); may be repeated",
    validate: "Check report workbooks: errors to fix before sending, warnings to review",
    validateFiles: "report files (.xlsx, .xlsm, .xls, .ods) or folders holding them",
    validateCampaign:
      "the campaign workbook: also checks that the unit is listed, its name, the period and the targets assigned, and prints the due date",
    all: "show every warning (by default only the first {count} lines)",
    rollup:
      "Roll received reports up into a summary: figures, scores, grades, ranks, units that did not report",
    inputs: "received report files or folders holding them",
    summaryOutput: "the summary .xlsx to write (optional with --json)",
    rollupCampaign: "the campaign workbook (periods, expected units, targets, scoring)",
    rollupUnits: "the units expected to report (.csv), when no campaign workbook is used",
    rollupPeriod: "the period to roll up (YYYY-D1, YYYY-D2, YYYY or a period id of the campaign)",
    previous: "the previous period's summary, to compare with and warn of unusual changes",
    jumpFactor: "warn when a figure changes more than n-fold from the previous period (default 3)",
    summaryCode:
      "the summary unit's code (your own unit, e.g. the provincial federation); by default the campaign's TD_Parent",
    summaryName: "the summary unit's name; by default the campaign's TD_Parent",
    summaryKind:
      'the summary unit\'s kind (e.g. "LĐLĐ huyện", "Công đoàn ngành": the summary says district-wide, sector-wide where a province\'s says province-wide); by default the campaign\'s TD_Parent, else a provincial federation',
    jsonReport: "print the roll-up as JSON, with every warning",
    campaign: "The campaign workbook: write a new one or check one",
    campaignInit: "Write a year's campaign workbook with the default periods, targets and scoring",
    year: "the campaign year (e.g. 2025)",
    campaignUnits: "units to list in it (.csv: code,name,kind,parent,bloc,valid_from,valid_to)",
    campaignParentCode:
      "the summary unit's code (your own unit, e.g. the provincial federation), written into TD_Parent; with --parent-name",
    campaignParentName: "the summary unit's name, written into TD_Parent; with --parent-code",
    campaignParentKind:
      'the summary unit\'s kind, written into TD_Parent (e.g. "LĐLĐ huyện", "Công đoàn ngành": the award scopes say district-wide, sector-wide where a province\'s say province-wide); none is a provincial federation',
    campaignCheck: "Check a campaign workbook and name the cells it cannot read",
    campaignFile: "the campaign workbook (.xlsx)",
    templates: "Write a template for every unit expected in a period, one file per unit",
    templatesCampaign: "the campaign workbook (units, targets, due dates)",
    periodId: "a period id of the campaign (e.g. 2025-D2)",
    outputDir: "the folder to write the templates in",
    usageTitle: "Usage:",
    argumentsTitle: "Arguments:",
    optionsTitle: "Options:",
    commandsTitle: "Commands:",
    examplesTitle: "Examples:",
    optionsWord: "[options]",
    commandWord: "[command]",
  },
  cliValues: {
    file: "file",
    files: "files...",
    xlsx: "xlsx",
    csv: "csv",
    code: "code",
    name: "name",
    kind: "kind",
    period: "period",
    ids: "ids",
    target: "key=value",
    n: "n",
    year: "year",
    dir: "folder",
    lang: "lang",
    command: "command",
  },

  setup: {
    unknownPeriod: 'No period "{period}" (periods: {known}).',
    badJumpFactor: 'Factor "{value}" is not valid (a number above 1, e.g. 3).',
    badParentCode:
      'Summary unit code "{code}" is not valid (letters, digits, "_", ".", "-", at most 40 characters).',
    badParentKind: 'Summary unit kind "{kind}" is not known; pick one of: {kinds}.',
  },
  worker: {
    badCampaign: 'The campaign workbook "{file}" has {count} error(s); the first{at}: {first}',
    badCampaignOne: 'The campaign workbook "{file}" has 1 error{at}: {first}',
    fileGone:
      'File "{file}" could not be read from the computer: it was deleted, moved or changed after it was chosen. Choose it again.',
    insecurePage:
      "Open the Thi Đua page over HTTPS (or http://localhost): browsers only hash files on secure pages.",
    unexpected:
      "The files could not be processed because of an unexpected error; reload the page and try again.",
  },
  excel: {
    structureProtected:
      "The workbook's structure is protected; unprotect it (Review → Protect Workbook) and try again.",
    tooOld:
      "This Excel is too old for Thi Đua (it needs Excel 2021, Microsoft 365 or Excel on the web; ExcelApi {version}). Please use the Thi Đua web page in a browser.",
  },
  pane: {
    appTitle: "Thi Đua",
    viewsLabel: "Sections",
    tabs: {
      templates: "Templates",
      validate: "Validate",
      rollup: "Roll up",
    },
    viewOpening: "Opening…",
    viewFailed:
      "This part of the page could not be opened. Reload the page; if it happens again, open the page in Chrome or Edge (version 80 or later) or Firefox (113 or later).",
    hostExcel: "In Excel",
    hostFile: "In the browser (no Excel needed)",
    otherLanguage: "Tiếng Việt",
    otherLanguageLabel: "Switch to Vietnamese (Chuyển sang tiếng Việt)",
    notices: {
      offline:
        "This page runs on this computer and needs no network: the files you pick are read here, and no file leaves the computer.",
      fromDisk:
        "index.html opened from the disk cannot read report files. Open thidua.html instead (same folder): double-click it, nothing to install, no network needed.",
      interrupted:
        "Thi Đua's last write into this workbook was cut short (the pane was closed or reloaded midway). Thi Đua removed the unfinished temporary sheets; the sheets that were there before are as they were. Do the unfinished task again.",
    },
    templates: {
      heading: "Insert a template",
      intro: "Choose the templates, reporting unit, period and targets, then insert them into the workbook.",
      introFile:
        "Choose the templates, reporting unit, period and targets, then download the Excel file to fill in.",
      chooseTemplates: "Templates",
      unit: "Reporting unit",
      unitCode: "Unit code",
      unitName: "Unit name",
      unitKind: "Unit kind",
      parentCode: "Parent unit code",
      period: "Period",
      year: "Year",
      round1: "Round 1 (1 Jan – 30 Jun)",
      round2: "Round 2 (1 Jul – 31 Dec)",
      wholeYear: "Whole year",
      targets: "Targets",
      targetHint:
        "Rates as 70% or 0.7; leave blank if not assigned; type - if it does not apply to the unit.",
      insert: "Insert template",
      download: "Download template",
      inserted: "Inserted the sheets: {sheets}.",
      downloaded: "Created {file}.",
      invalidCode: 'A unit code holds letters, digits, "_", ".", "-" (at most 40).',
      required: "Required.",
      invalidYear: "A year from 2000 to 2100.",
      invalidTarget: "Not a valid value.",
      noTemplate: "Choose at least one template.",
    },
    campaign: {
      heading: "Campaign",
      intro:
        "The province's campaign workbook: periods and due dates, units and emulation blocs, assigned targets, scoring.",
      year: "Campaign year",
      createInsert: "Insert the default campaign",
      createDownload: "Download the default campaign",
      created: "Created the campaign of {year}.",
      pick: "Choose a campaign workbook…",
      reading: "Reading the campaign…",
      loaded: "{file}: {periods} period(s), {units} unit(s), {blocs} bloc(s).",
      unusable: "{file} has errors and cannot be used yet:",
      period: "Period",
      unit: "Unit",
      downloadAll: "Download every unit's template (.zip)",
      downloadUnit: "Download the unit's template (.xlsx)",
      inUse: "Campaign in use (in Validate and Roll-up too): {file}",
      clear: "Clear the campaign",
      downloadedAll: "Created {count} template(s) for {period} ({file}).",
      insertUnit: "Insert the unit's template",
      due: "Due {due}",
      noUnits: "The campaign lists no unit for this period.",
    },
    validate: {
      heading: "Validate a report",
      introExcel: "Check the open workbook before sending it; click a problem to go to its cell.",
      introFile: "Choose report files to check before sending them.",
      againstCampaign:
        "Also checked against the campaign {file}: whether the unit is in its list, the unit's name, the period, the targets assigned and the due date.",
      noCampaign:
        "No campaign picked: only the figures in the files are checked. Pick the campaign on Templates to check the units list, the targets assigned and the due dates as well.",
      run: "Validate the open workbook",
      mark: "Mark cells with errors",
      clearMarks: "Clear marks",
      ready: "Ready to submit",
      readyDetail: "No errors. The report can be sent.",
      notReady: "Not ready: {errors} error(s) left.",
      counts: "{errors} error(s), {warnings} warning(s)",
      error: "Error",
      warning: "Warning",
      goTo: "Go to cell {cell}",
      otherCells: "Other cells ({count})",
      workbookLevel: "Whole workbook",
      unusable: "Unusable",
    },
    rollup: {
      heading: "Roll up reports",
      intro: "Choose or drop the received report files (.xlsx, .xlsm, .xls, .ods).",
      pickFiles: "Choose report files…",
      clearFiles: "Clear the list",
      dropHere: "Drop files here",
      filesChosen: "{count} file(s) chosen",
      unitsList: "Expected units (CSV, optional)",
      pickUnits: "Choose the units list…",
      unitsChosen: "List: {file} ({count} unit(s))",
      period: "Period",
      periodAuto: "As most files say",
      parentCode: "Summary unit code",
      parentName: "Summary unit name",
      parentKind: "Summary unit kind (province-wide, district-wide, sector-wide… on the summary)",
      parentRequired:
        "Enter the summary unit's code and name (your own unit, e.g. the provincial federation): it is printed on the summary and on the forms sent upward.",
      start: "Roll up",
      cancel: "Cancel",
      cancelled: "Roll-up cancelled.",
      reading: "Reading file… {file}",
      progress: "{done}/{total} file(s)",
      making: "Making the summary file…",
      writing: "Writing the summary…",
      writingWaits:
        "Writing the summary… If you are editing a cell in Excel, Excel waits until you press Enter or Esc before it goes on.",
      writeAgain: "Write into Excel again",
      writingSheets: "Writing into Excel",
      sheetsWritten: "{done} of {total} sheets written",
      stopWriting: "Stop writing",
      written: "The summary was written into the workbook.",
      downloadSummary: "Download the summary",
      result: "Roll-up — {period}",
      included: "Units rolled up",
      missing: "Missing",
      duplicates: "Duplicates",
      rejected: "Rejected files (reason)",
      none: "None",
      unit: "Unit",
      file: "Source file",
      reason: "Reason",
      kept: "Newest file {kept} used in place of {dropped}",
      met: "Met",
      notMet: "Not met",
      targetsMet: "Targets met",
      rank: "Ranking",
      total: "Total",
      target: "Target",
      value: "Result",
      attainment: "Assessment",
      noFiles: "No file chosen yet.",
      rejectedStatus: "rejected",
      campaign: "Campaign workbook (optional)",
      pickCampaign: "Choose a campaign workbook…",
      previous: "Previous period's summary (optional)",
      pickPrevious: "Choose the previous summary…",
      score: "Score",
      grade: "Grade",
      blocRank: "Rank in bloc",
      noBloc: "No bloc",
      late: "{days} day(s) late",
      onTime: "On time",
      partial: "Missing {gaps}",
      warnings: "Warnings ({count})",
      comparedWith: "Compared with the previous period: {period}",
      overwriteAnyway: "Write into this workbook anyway",
      nothingOverwritten:
        "After the undo, the workbook holds no report or summary this summary would write over.",
      writeNow: "Write into Excel",
    },
    results: {
      showMore: "Show {count} more ({rest} left)",
      files: "Files checked",
      fileState: "Verdict",
      fileStates: { unusable: "Unreadable", errors: "Has errors", ready: "Ready to send" },
      filesShown: "Showing {shown} of {total} file(s)",
      filesChecked: "{count} file(s) checked",
      pickFile: "Pick a file in the table to see each of its problems.",
      headline: "To act on",
      received: "{count} unit(s) rolled up",
      receivedOf: "{count} of {expected} expected units rolled up",
      late: "Submitted late",
      warnings: "Warnings",
      partial: "Reports incomplete",
      totals: "{scope}: {met} of {of} target(s) met",
      againstTarget: "Result {value} — target {target}",
      resultAlone: "Result {value}",
      charts: "Charts",
      chartsLoading: "Drawing the charts…",
      chartsUnavailable: "This browser cannot draw the charts; every figure is in the table below.",
      gradeChart: "Units by grade",
      blocUnits: "the average of the units with a score: {count}",
      find: "Find a unit (code or name)",
      clearFind: "Clear the search",
      bloc: "Emulation bloc",
      all: "All",
      noGrade: "Not graded",
      standing: "Submission",
      standings: { onTime: "On time", late: "Late", partial: "Incomplete" },
      roundsShort: "Rounds missing",
      summaryShort: "Summary incomplete",
      ranks: "Bloc / overall rank",
      met: "Targets met",
      shown: "Showing {shown} of {total} unit(s)",
      pickUnit: "Click a unit (or select it and press Enter) to see its result on each target.",
      unitTargets: "Results by target: {unit}",
      unitScore: "Score {score} — {grade}",
      scoreMade: "{earned} of {possible} points of the targets scored, scaled to 100",
      scoreBonus: "plus {points} bonus points",
      scoreOff: "less {points} points",
      points: "{earned} of {points} points",
      notScored: "Not scored",
      targetStates: {
        met: "Met",
        notMet: "Not met",
        notReported: "Not reported",
        noTarget: "No target set",
        nothingToMeasure: "Not computable (base is 0)",
        notApplicable: "Not applicable",
      },
      closeUnit: "Close the unit's results",
    },
    folders: {
      pickFolder: "Choose a folder…",
      dropFolders: "Whole folders can be dropped too.",
      skipped: "Skipped {count} file(s) in the folder that are not spreadsheets ({types}).",
      archives:
        "Compressed folder(s) {files} not opened: the reports inside are not read. Unpack them, then pick the unpacked folder.",
      truncated:
        "The folder is too large or too deep: only its first {entries} entries, {depth} folder levels down, were looked at.",
      taken: "Took {count} file(s) from the folder.",
    },
  },
  officeErrors: {
    cellEditMode: "Excel is editing a cell. Press Enter or Esc to leave that cell, then try again.",
    accessDenied:
      "Excel does not allow this change: the sheet or workbook is protected, or the file is open read-only. Unprotect it (Review → Unprotect Sheet) or open an editable copy, then try again.",
    itemNotFound:
      "A sheet or name Thi Đua needs is gone; it may have just been deleted or renamed. Try again; if it happens again, insert the template again.",
    itemAlreadyExists:
      "The workbook already has a sheet or name Thi Đua is writing; it may have been changed while Thi Đua wrote. Try again.",
    payloadTooLarge:
      "The data is too large for Excel to take at once. Try again; if it happens again, make the summary on the Thi Đua web page and open that file.",
    invalidArgument:
      "Excel did not accept what Thi Đua sent. Try again; if it happens again, use the Thi Đua web page and tell your administrator.",
    general:
      "Excel could not do this. Save the workbook, close and reopen the Thi Đua pane and try again; if it happens again, use the Thi Đua web page.",
    unexpected:
      "Thi Đua met an unexpected error. Try again; if it happens again, reload the Thi Đua pane or use the Thi Đua web page.",
    startupFailed:
      "Thi Đua could not start. Close this pane and open it again; if it happens again, use the Thi Đua web page.",
    passwordSheets:
      "Sheet {sheets} is protected with a password, so Thi Đua could not mark (or unmark) its errors; the other sheets are done. Unprotect it (Review → Unprotect Sheet) and try again.",
    reportExists: "This workbook already holds the report of {unit}, period {period} (sheets {sheets}).",
    replaceQuestion:
      "Replace that report with the new template? The old report's sheets are put aside (hidden) and removed at the next write; until then, Undo brings them back.",
    replace: "Replace the old report",
    keep: "Do not insert",
    kept: "Nothing was inserted; the old report is unchanged.",
    unknown: "(unknown)",
    referencesBreak:
      "The new summary replaces the sheets of the previous one ({sheets}); {count} of your formulas or names point at those sheets and would turn to #REF!: {places}. Your charts that take figures from those sheets would lose them too.",
    referencesUnchecked: "{sheets} is too large to read whole, so there may be other formulas.",
    referencesBreakReport:
      "The new report replaces the sheets of the previous one ({sheets}); what of yours points at those sheets ({count}) would turn to #REF! or lose its data: {places}.",
    referencesBreakCampaign:
      "The new campaign replaces the sheets of the previous one ({sheets}); what of yours points at those sheets ({count}) would turn to #REF! or lose its data: {places}.",
    referencesNotRead: "Not checked: {what}.",
    referencesQuestion:
      "Replace it anyway? Those places turn to #REF! or lose their data; you can insert into a new workbook instead.",
    replaceAnyway: "Replace anyway (those turn to #REF!)",
    referencePlaces: {
      list: "drop-down list",
      validation: "data validation rule",
      conditionalFormat: "conditional format",
      chart: "{sheet}: chart {name}",
      pivot: "{sheet}: PivotTable {name}",
      validationUnread: "the data validation on {sheet}, too much to read whole",
      chartsUnread:
        "the charts on {sheet} (this version of Excel lacks ExcelApi 1.15, so it cannot say where a chart takes its figures)",
      pivotsUnread:
        "the PivotTables on {sheets} (this version of Excel lacks ExcelApi 1.15, so it cannot say where a PivotTable takes its figures)",
      tooLargeUnread: "{count} part(s) too large for Excel to answer in one read",
    },
    andMore: "and {count} more",
    referencesAdvice:
      "Write the summary into a new workbook instead, or change those formulas to use the cells' names (TD_…) rather than their addresses: a name always points at the latest summary.",
    breakAnyway: "Write anyway (those formulas turn to #REF!)",
    dontWrite: "Don't write",
    notWritten: "Nothing was written; the previous summary is as it was.",
    apiNotFound:
      "This version of Excel lacks something Thi Đua needs. Update Office (File → Account → Update Options → Update Now), or use the Thi Đua web page.",
    conflict:
      "Someone else is editing this workbook at the same time, so Excel refused the change. Wait a moment for Excel to sync, then try again.",
    rangeConflict:
      "Cells Thi Đua must write are filtered, merged or inside a PivotTable, so Excel refused. Clear the filter (Data → Clear), or write into a new workbook, then try again.",
    chartFailed:
      "Excel could not draw a chart. Try again; if it happens again, use the Thi Đua web page (the figures in the sheets are not affected).",
    inactiveWorkbook:
      "The workbook Thi Đua was working in is no longer the selected one (you switched to another or closed it). Select it again, then try again.",
    invalidOperation:
      "Excel cannot do this right now: the workbook may be open read-only (click Enable Editing), or an Excel dialog may be open (close it). Then try again.",
    busy: "Excel is busy with too many requests. Wait about a minute, then try again.",
    requestAborted:
      "Excel on the web dropped the request (a slow network or a busy server); whatever was half-written is cleared when you try again. Check the network, then try again.",
    connection:
      "The Thi Đua pane lost its connection to Excel. Save the workbook, close and reopen the Thi Đua pane, and try again.",
    internal:
      "Thi Đua hit an internal error. Close and reopen the Thi Đua pane and try again; if it happens again, give the error code below to whoever supports you.",
    errorCode: "Error code (for support): {code}",
    swapUndoPending:
      "Excel stopped while putting the new sheets in place, before they counted, and the previous ones could not be put back yet. Close the Thi Đua pane and open it again: it puts the previous sheets back whole. Then try again.",
    swapFinishPending:
      "The new sheets are in place and count; Excel stopped before the sheets and names they replace were removed. Close the Thi Đua pane and open it again: it finishes removing them. There is no need to write again.",
    swapUnknown:
      "Excel stopped while putting the new sheets in place, and the workbook cannot be read now. Close the Thi Đua pane and open it again: the workbook then holds the whole of what it held before or the whole of the new sheets. Check which, and write again if it is what it held before.",
    hiddenOurSheet:
      "Cell {cell} is on {sheet}, the hidden sheet Thi Đua keeps the template's information on, so it cannot be shown. An error there usually means the template was edited by hand: insert the template again and enter the figures again.",
    hiddenSheet:
      "Cell {cell} is on {sheet}, which is hidden. Right-click a sheet tab → Unhide…, choose {sheet}, then click the finding again.",
    campaignExists: "This workbook already holds a campaign (sheets {sheets}).",
    replaceCampaignQuestion:
      "Replace it with the new campaign? The old campaign's sheets are put aside (hidden) and removed at the next write (until then, Undo brings them back); to keep both, insert the new campaign into another workbook.",
    replaceCampaign: "Replace the old campaign",
    writeCancelled:
      "Writing stopped: the sheets half-written were deleted, the previous summary (if any) is as it was.",
  },
  undoWrite: {
    summary: "Undo the summary just written",
    report: "Undo the template just inserted",
    campaign: "Undo the campaign just inserted",
    redoSummary: "Redo the summary just undone",
    redoReport: "Redo the template just undone",
    redoCampaign: "Redo the campaign just undone",
    kept: "The previous version is kept (hidden) in the workbook until the next write, so it can be undone.",
    done: "The previous version is back. The one set aside is kept (hidden) until the next write: click again to redo.",
    redone:
      "The write just undone is back. The previous version is kept (hidden) until the next write: click again to undo.",
    nothingToUndo: "Nothing left to undo: another write came after it, or the previous sheets were deleted.",
  },
  sharedWorkbook: {
    writing:
      "Another Thi Đua pane (in another window, or a co-author's on the web) has been writing into this workbook since {time}. Wait until it is done, then try again. If no pane is writing any more, Thi Đua cleans up the half-written part 10 minutes after it began.",
  },
  summaryChart: {
    topAndBottom: "Score: the {best} highest and the {worst} lowest of {count} scored unit(s)",
    blocTitle: "Average score by bloc",
    blocTopAndBottom: "Average score: the {best} highest and the {worst} lowest of {count} bloc(s)",
    averageScore: "Average score",
    scoredUnits: "Units with a score",
    omitted: "… ({count} other units)",
    omittedBlocs: "… ({count} other blocs)",
  },
  nominations: {
    person: "Person",
    work: "Work or initiative",
    unitSubject: "Unit",
    scopeUnit: "Each unit",
    lineNo: "No.",
    help: "One person, work or initiative a line, from the first. Choose the subject, the proposed award and direct production worker (Yes or No) from the drop-down lists; write the value created in đồng, or leave it blank. Do not insert lines: blank lines are not read.",
    listsHeading: "Lists to choose from",
    listTitle: "Choose from the list",
    listHelp: "Choose a value from the drop-down list.",
    moneyTitle: "Amount in đồng",
    moneyHelp: "A whole number of đồng, not negative; blank when no value was created.",
    noName:
      'Line {line} of sheet "{sheet}" has content but no name of a person, work or initiative (cell {cell}).',
    noAward: 'Line {line} ({name}) has no proposed award (cell {cell} of sheet "{sheet}").',
    unknownAward:
      'Award "{value}" in cell {cell} of sheet "{sheet}" is not in the campaign; choose one of: {awards}.',
    badSubject:
      'The subject in cell {cell} of sheet "{sheet}" must be Person or Work or initiative (it reads "{value}").',
    subjectMismatch:
      'Award "{award}" is for a {wanted}, but line {line} says {given} (cell {cell} of sheet "{sheet}").',
    badYesNo:
      'Cell {cell} of sheet "{sheet}" (direct production worker) must read Yes or No (it reads "{value}").',
    badValue:
      'The value created in cell {cell} of sheet "{sheet}" must be a whole number of đồng, not negative (it reads "{value}").',
    cut: 'Cell {cell} of sheet "{sheet}" holds more than {max} characters; only the first {max} are read.',
    formula:
      'Cell {cell} of sheet "{sheet}" holds a formula; only its result is read, as text. Type the content into the cell.',
    unshowable:
      'Cell {cell} of sheet "{sheet}" holds a control or text-direction character; type the cell again.',
    outsideLines:
      'Cell {cell} of sheet "{sheet}" has content outside the lines of the list (perhaps an inserted line), so it is not read. Copy it into a blank line of the list.',
    linesUnreadable:
      "The number of lines of the nominations list in cell {cell} of the hidden sheet TD_META cannot be read (it must be from 50 to {max}); make the report again from the summary.",
    awardsUnreadable:
      "The list of awards in cell {cell} of the hidden sheet TD_META cannot be read; make the template again from the campaign.",
    rejectUnknownAward:
      'File {file} (unit {code}) proposes award "{award}" in cell {cell} of sheet "{sheet}", which the campaign does not have; choose one of: {awards}.',
    sheet: "Nominations",
    title: "PEOPLE, WORKS AND INITIATIVES PROPOSED FOR AWARDS — {period}",
    listSection: "I. People, works and initiatives proposed",
    awardSection: "II. Proposals by award",
    unitSection: "III. Proposals by unit",
    reviewSection: "IV. Points for the awards council to review",
    count: "Proposed",
    direct: "Of whom direct production workers",
    share: "Share of direct production workers",
    minShare: "Least share the plan asks",
    quota: "Number the plan sets",
    scope: "Scope",
    remark: "Remark",
    total: "Total",
    noQuota: "No limit",
    overQuota: "Over the number",
    belowShare: "Below the share",
    withinPlan: "Within the plan",
    noneProposed: "No unit has proposed anyone.",
    nothingToReview: "Nothing to review.",
    overUnit: 'Unit {unit} proposes {count} for "{award}", over the {quota} each unit may propose ({cells}).',
    overBloc:
      'Bloc {bloc} proposes {count} for "{award}", over the {quota} each bloc may propose (units {units}).',
    overProvince: '{scope}: {count} proposed for "{award}", over the {quota} the plan sets (units {units}).',
    shareBelow:
      '"{award}": {direct} of {count} proposed are direct production workers ({share}), below the {min} the plan sets.',
    cellsOf: "cells {cells} of sheet {sheet}",
    cellsOfRound: "cells {cells} of sheet {sheet} in the report of {round}",
    unknownSubject: '{table}: subject "{value}" is not valid; use one of: {subjects}.',
    unitOnly: "{table}: {column} is only for awards to people and works; leave it blank for a unit's award.",
    badShare: '{table}: share "{value}" must be between 0% and 100%.',
  },
};
