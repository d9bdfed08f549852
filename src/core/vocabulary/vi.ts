/**
 * Every user-facing word in Vietnamese, the default language, one section per area. English mirrors this
 * shape (en.ts); `{name}` placeholders are filled with `fill`. The catalog's row, column and template
 * labels stay with the template definitions they describe.
 */
export const vi = {
  report: {
    identityUnshowable:
      "{field} của biểu mẫu, ở ô {cell} của trang tính ẩn TD_META, chứa ký tự điều khiển hoặc ký tự đổi chiều văn bản; hãy tạo lại biểu mẫu.",
    identityTooLong:
      "{field} của biểu mẫu, ở ô {cell} của trang tính ẩn TD_META, dài quá {max} ký tự; hãy rút ngắn rồi tạo lại biểu mẫu.",
    identityBad:
      "{field} của biểu mẫu, ở ô {cell} của trang tính ẩn TD_META, {reason}; hãy sửa rồi tạo lại biểu mẫu.",
    identityFields: {
      unit_name: "Tên đơn vị",
      unit_kind: "Loại đơn vị",
      period_label: "Tên kỳ báo cáo",
      period_label_en: "Tên kỳ báo cáo bằng tiếng Anh",
    },
    nameOnHiddenSheet:
      'Tên vùng (Name) {name} trỏ tới ô {cell} của trang tính ẩn "{sheet}"; ô của biểu mẫu phải nằm trên trang tính hiển thị của biểu. Có thể ô đã bị cắt, dán hoặc kéo sang chỗ khác: hãy hoàn tác (Ctrl+Z), hoặc chép số liệu sang một biểu mẫu mới rồi gửi tệp đó.',
    nameOnOtherSheet:
      'Tên vùng (Name) {name} trỏ tới ô {cell} của trang tính "{sheet}", ngoài trang tính "{formSheet}" của biểu. Có thể ô đã bị cắt, dán hoặc kéo sang chỗ khác: hãy hoàn tác (Ctrl+Z), hoặc chép số liệu sang một biểu mẫu mới rồi gửi tệp đó.',
    nameOffGrid:
      'Tên vùng (Name) {name} trỏ tới ô {cell} của trang tính "{sheet}", lệch hàng hoặc cột so với các ô cùng hàng, cùng cột của biểu. Có thể ô đã bị cắt, dán hoặc kéo sang chỗ khác: hãy hoàn tác (Ctrl+Z), hoặc chép số liệu sang một biểu mẫu mới rồi gửi tệp đó.',
    nameSharedCell:
      'Tên vùng (Name) {name} trỏ tới ô {cell} của trang tính "{sheet}", ô mà tên vùng {other} cũng trỏ tới. Có thể ô đã bị cắt, dán hoặc kéo sang chỗ khác: hãy hoàn tác (Ctrl+Z), hoặc chép số liệu sang một biểu mẫu mới rồi gửi tệp đó.',
    nameOffHeading:
      'Tên vùng (Name) {name} trỏ tới ô {cell} của trang tính "{sheet}", ở một bản sao của biểu bên phải, không phải cột {column} dưới tiêu đề "{heading}": người xem đọc số ở cột {column}, còn khi tổng hợp Thi Đua lấy số ở ô {cell}. Hãy chép số liệu sang một biểu mẫu mới rồi gửi tệp đó.',
    nameOffLabel:
      'Tên vùng (Name) {name} trỏ tới ô {cell} của trang tính "{sheet}", ở một bản sao của biểu bên dưới, không phải hàng {row} có nhãn "{label}": người xem đọc số ở hàng {row}, còn khi tổng hợp Thi Đua lấy số ở ô {cell}. Hãy chép số liệu sang một biểu mẫu mới rồi gửi tệp đó.',
    nameLeftOfHeading:
      'Tên vùng (Name) {name} trỏ tới ô {cell} của trang tính "{sheet}", nằm bên trái tiêu đề "{heading}" của biểu, trong khi tiêu đề này đứng trên cột {column}: người xem đọc số ở cột {column} là số của biểu, còn khi tổng hợp Thi Đua lấy số ở ô {cell}. Hãy đưa tiêu đề về đúng trên cột số liệu như trong biểu mẫu, hoặc chép số liệu sang một biểu mẫu mới rồi gửi tệp đó.',
    rowsReordered:
      'Dòng "{label}" của biểu trên trang tính "{sheet}" đã bị đổi chỗ (có thể do sắp xếp - Sort): nhãn của nó nay ở hàng {row}, còn Thi Đua vẫn đọc số của dòng này ở hàng {at} ({count} ô, từ {first} đến {last}), nơi người xem thấy nhãn của dòng khác. Đừng sắp xếp hay đổi chỗ các dòng của biểu: hãy hoàn tác (Ctrl+Z), hoặc chép số liệu sang một biểu mẫu mới rồi gửi tệp đó.',
    columnsReordered:
      'Cột "{heading}" của biểu trên trang tính "{sheet}" đã bị đổi chỗ (có thể do sắp xếp - Sort): tiêu đề của nó nay ở cột {column}, còn Thi Đua vẫn đọc số của cột này ở cột {at} ({count} ô, từ {first} đến {last}), nơi người xem thấy tiêu đề của cột khác. Đừng sắp xếp hay đổi chỗ các cột của biểu: hãy hoàn tác (Ctrl+Z), hoặc chép số liệu sang một biểu mẫu mới rồi gửi tệp đó.',
    nameAboveLabel:
      'Tên vùng (Name) {name} trỏ tới ô {cell} của trang tính "{sheet}", nằm phía trên nhãn hàng "{label}" của biểu, trong khi nhãn này ở hàng {row}: người xem đọc số ở hàng {row} là số của biểu, còn khi tổng hợp Thi Đua lấy số ở ô {cell}. Hãy đưa nhãn về đúng hàng như trong biểu mẫu, hoặc chép số liệu sang một biểu mẫu mới rồi gửi tệp đó.',
    formTextUnseen:
      'Không đọc được tiêu đề cột hoặc nhãn hàng "{label}" ở ô {cell} của trang tính "{sheet}" (bị ẩn, bị che, bị gạch ngang, chữ quá nhỏ hoặc cùng màu nền của ô hay của các ô trống bên cạnh mà chữ tràn sang, hay hiện thành chữ khác), trong khi các số của nó vẫn hiện: người xem có thể hiểu các số theo một tiêu đề khác. Hãy cho hiện tiêu đề như trong biểu mẫu.',
    formEnglishOther:
      'Phần tiếng Anh của tiêu đề cột hoặc nhãn hàng "{label}" ở ô {cell} của trang tính "{sheet}" lại ghi "{shown}": người đọc tiếng Anh đọc các số theo tiêu đề khác với bản tổng hợp. Hãy ghi lại đúng "{label}" như trong biểu mẫu.',
    namesUnplaced:
      'Trang tính "{sheet}" không còn tiêu đề cột hoặc nhãn hàng {missing} ở chỗ biểu mẫu ghi (có thể đã bị sửa, xóa, hoặc nằm ở hàng, cột đang ẩn), nên không kiểm tra được các số có nằm đúng dưới tiêu đề của chúng hay không. Hãy ghi lại như trong biểu mẫu.',
    campaignNotReport:
      "Tệp này là sổ kế hoạch thi đua của tỉnh (có trang tính Đơn vị, Chỉ tiêu giao), không phải báo cáo của một đơn vị. Khi tổng hợp, chọn sổ này ở ô Kế hoạch thi đua (dòng lệnh: --campaign) và để nó ngoài các tệp báo cáo.",
    noMetadata:
      "Tệp này không lập từ biểu mẫu của Thi Đua (thiếu trang tính ẩn TD_META), nên không đọc được số liệu. Hãy nhập số liệu vào biểu mẫu do cấp trên gửi (hoặc tạo bằng Thi Đua) rồi gửi lại.",
    badSchema:
      "Thông tin ẩn của biểu mẫu (trang tính TD_META) ghi theo một kiểu mà Thi Đua này không đọc được ({schema}): có thể tệp được tạo bằng một phiên bản Thi Đua khác. Hãy nhập số liệu vào biểu mẫu mới tạo bằng Thi Đua đang dùng.",
    noTemplates: "Tệp không có biểu nào của Thi Đua; hãy dùng biểu mẫu do cấp trên gửi.",
    unknownTemplate:
      "Thi Đua không có biểu {template}; có thể biểu mẫu được tạo bằng phiên bản Thi Đua mới hơn: hãy cập nhật Thi Đua hoặc dùng biểu mẫu do cấp trên gửi.",
    unknownVersion:
      "Biểu mẫu {template} phiên bản {version} không được hỗ trợ (các phiên bản đọc được: {supported}); hãy dùng biểu mẫu mới nhất do cấp trên gửi, hoặc cập nhật Thi Đua.",
    missingUnit: "Thiếu mã đơn vị báo cáo.",
    badUnitCode: 'Mã đơn vị "{code}" không hợp lệ (chỉ gồm chữ, số, "_", ".", "-", tối đa 40 ký tự).',
    unitNameTooLong: "Tên đơn vị dài quá {max} ký tự.",
    brokenRollupList:
      "Tệp ghi là báo cáo tổng hợp nhưng danh sách mã các đơn vị được tổng hợp (trong thông tin ẩn của tệp) không khớp: sai số lượng, có mã trùng, mã không hợp lệ hoặc chính mã của đơn vị báo cáo. Báo cáo tổng hợp chỉ được lập bằng Thi Đua; hãy lập lại.",
    badBudgetBasis:
      "Thông tin ẩn của tệp ghi dự toán được nhập theo cách {value}, Thi Đua không biết cách này, nên không biết dự toán đơn vị nhập là của cả năm hay của thời gian từ khi thành lập: tính theo cách nào cũng có thể sai. Hãy nhập lại số liệu vào biểu mẫu mới do cấp trên gửi, hoặc cập nhật Thi Đua.",
    badIndicators:
      "Biểu 05: không đọc được danh sách chỉ tiêu riêng ghi trong thông tin ẩn của biểu mẫu: {reason} Hãy dùng biểu mẫu tạo từ tệp kế hoạch thi đua.",
    indicatorsCut: "danh sách bị thiếu, bị cắt hoặc không khớp với số chỉ tiêu ghi kèm.",
    indicatorCut: "chỉ tiêu riêng thứ {n} bị thiếu hoặc không đúng dạng.",
    badSubRows:
      "Không đọc được các dòng chia thêm của biểu (bảng Chia dòng của kế hoạch thi đua) ghi trong thông tin ẩn của biểu mẫu: {reason} Hãy dùng biểu mẫu tạo từ tệp kế hoạch thi đua.",
    subRowsCut: "danh sách bị thiếu, bị cắt hoặc không khớp với số dòng ghi kèm.",
    subRowCut: "dòng chia thêm thứ {n} bị thiếu hoặc không đúng dạng.",
    badParentCode: 'Mã đơn vị cấp trên "{code}" không hợp lệ.',
    missingUnitName: "Thiếu tên đơn vị báo cáo.",
    unknownUnitKind: 'Loại đơn vị "{kind}" không có trong danh mục.',
    badPeriod:
      'Kỳ báo cáo "{period}" không hợp lệ; kỳ ghi dạng 2025-D1 (đợt 1), 2025-D2 (đợt 2), 2025 (cả năm), hoặc mã kỳ kèm ngày bắt đầu và kết thúc.',
    badTarget: 'Chỉ tiêu {target} có giá trị không hợp lệ: "{value}".',
    missingName:
      "Không tìm thấy ô {name} của biểu: ô hoặc hàng, cột chứa ô đã bị xóa (hoặc tên vùng (Name) của ô bị xóa). Hãy dùng lại biểu mẫu gốc (tải lại hoặc chèn lại biểu mẫu) và nhập lại số liệu.",
    textNumber:
      '{label}: số "{text}" được lưu dưới dạng văn bản: Thi Đua không đọc được đó là số, còn các ô tổng của biểu, tùy chương trình và công thức, khi cộng khi bỏ qua nó. Hãy xóa ô rồi gõ lại số chỉ bằng chữ số: không gõ dấu nháy \' hay dấu cách ở đầu, không gõ dấu chấm hay dấu phẩy ngăn cách hàng nghìn (gõ 125000000, định dạng của ô tự hiện dấu ngăn cách). Gõ lại mà số vẫn bị lưu dưới dạng văn bản thì ô đã mang định dạng Văn bản (thường do dán từ tệp khác): đặt lại định dạng Số cho ô (Định dạng ô → Số), hoặc chép một ô nhập liệu còn trống của biểu dán đè lên ô này, rồi gõ lại.',
    blankText:
      "{label}: ô trông như trống nhưng có dấu cách hoặc ký tự vô hình (kể cả văn bản rỗng do chương trình khác ghi), nên các ô tổng của biểu báo lỗi #VALUE!. Hãy xóa hẳn nội dung ô (chọn ô, nhấn phím Delete).",
    notNumber:
      '{label}: "{text}" không phải là số; hãy nhập số (chỉ gồm chữ số, không kèm chữ hay đơn vị tính; nhập 0 nếu không có).',
    negative: "{label}: không được nhập số âm ({value}); hãy nhập số từ 0 trở lên.",
    tooLarge: "{label}: số {value} quá lớn (quá 15 chữ số), có thể đã gõ nhầm; hãy kiểm tra lại.",
    fraction:
      "{label}: {value} không phải số nguyên; hãy nhập số nguyên (không có phần thập phân). Trên máy đặt tiếng Việt, dấu phẩy là dấu thập phân: gõ 1,250 thành một phẩy hai lăm; muốn một nghìn hai trăm năm mươi, hãy gõ 1250.",
    fractionMoney:
      "{label}: {value} không phải số đồng nguyên. Số tiền của biểu ghi bằng đồng, không phải nghìn đồng hay triệu đồng (912,45 triệu đồng ghi là 912450000): hãy nhập đủ số đồng, không có phần thập phân.",
    moneySmall:
      "{label}: {value} đồng là số tiền rất nhỏ cho một kỳ báo cáo, có thể đã nhập theo nghìn đồng hoặc triệu đồng. Số tiền của biểu ghi bằng đồng (850 triệu đồng ghi là 850000000); khi tổng hợp, số này được cộng như {value} đồng. Nếu đúng là {value} đồng, có thể bỏ qua cảnh báo này.",
    blankCell: "{label}: ô để trống (chưa báo cáo); nhập 0 nếu không có.",
    requiredBlank: "{label}: ô bắt buộc còn trống; hãy nhập số liệu, nếu không có thì ghi 0.",
    blankForm: "{template}: chưa nhập số liệu.",
    formulaInInput:
      "{label}: ô nhập liệu chứa công thức; khi tổng hợp chỉ lấy kết quả của công thức. Nên gõ thẳng số vào ô.",
    formulaResultDiffers:
      "{label}: công thức ={formula} tính ra {computed}, nhưng tệp lưu kết quả {cached} (số được lấy khi tổng hợp); hãy xóa công thức, gõ thẳng số vào ô rồi lưu.",
    formulaUnverifiable:
      "{label}: ô nhập liệu chứa công thức ={formula}, mà Thi Đua không tính lại được nên không chắc con số {cached}; hãy nhập số thay cho công thức.",
    formulaWithoutValue: "{label}: ô nhập liệu chứa công thức không tính ra số; hãy gõ thẳng số vào ô.",
    formulaNotSaved:
      "{label}: ô nhập liệu chứa công thức mà tệp không lưu kết quả (chương trình ghi tệp không tính nó); hãy mở tệp bằng Excel hoặc LibreOffice rồi lưu lại, hoặc nhập thẳng số.",
    arrayFormulaInInput:
      '{label}: ô nhập liệu nằm trong vùng "{area}" của một công thức mảng, nên Excel và LibreOffice hiển thị số do công thức tính ra chứ không phải số đã nhập; hãy xóa công thức mảng rồi nhập số.',
    dataTableInInput:
      '{label}: ô nhập liệu nằm trong bảng dữ liệu (Data Table của What-If Analysis; MULTIPLE.OPERATIONS của LibreOffice) "{area}", nên chương trình bảng tính hiển thị số do bảng tính ra chứ không phải số đã nhập; hãy xóa bảng dữ liệu rồi nhập số.',
    sharedFormulaInInput:
      "{label}: ô nhập liệu chứa công thức dùng chung (shared formula) mà tệp không ghi nội dung ở ô nào trước nó, nên LibreOffice hiển thị số khác hoặc để trống; hãy nhập số thay cho công thức.",
    goalUnassigned:
      '{label}: biểu ghi mức chỉ tiêu {found}, nhưng chỉ tiêu này không được giao (biểu mẫu để trống ô này), nên cột "Đánh giá" trên biểu có thể sai. Hãy xóa số trong ô, để trống như biểu mẫu.',
    goalDiffers:
      '{label}: biểu ghi mức chỉ tiêu {found}, nhưng mức được giao là {assigned} (mức dùng để tổng hợp), nên cột "Đánh giá" trên biểu có thể sai. Hãy ghi lại đúng mức được giao ({assigned}).',
    identityLineLabel: "Dòng đơn vị và kỳ báo cáo",
    identityLineDiffers:
      'Dòng đơn vị và kỳ báo cáo ghi "{found}", nhưng tệp là báo cáo "{expected}" (đơn vị và kỳ dùng khi tổng hợp). Hãy ghi lại đúng dòng này, hoặc gửi báo cáo của đúng đơn vị và kỳ mà dòng này ghi.',
    identityLineMissing:
      'Ô này không ghi dòng đơn vị và kỳ báo cáo, chỗ biểu mẫu ghi "{expected}": người xem không biết biểu là của đơn vị và kỳ nào. Hãy ghi lại đúng dòng này.',
    identityLineUnseen:
      'Dòng đơn vị và kỳ báo cáo "{found}" ở ô này không hiện ra (hàng hoặc cột bị ẩn hay quá nhỏ, chữ bị gạch ngang, chữ cùng màu nền của ô hoặc của các ô trống bên cạnh mà dòng chữ tràn sang, hoặc ô được đặt không in): người xem không thấy biểu là của đơn vị và kỳ nào, và có thể đọc một dòng khác thay cho nó. Hãy cho hiện dòng này như trong biểu mẫu.',
    identityLineOtherwise:
      'Dòng đơn vị và kỳ báo cáo "{found}" ở ô này không hiện ra như ô ghi: ô có một trường (tên tài liệu, tên trang, ngày…) hoặc chữ ẩn mà chương trình bảng tính hiện thành chữ khác, nên người xem có thể đọc một đơn vị hay kỳ khác. Hãy gõ lại dòng này như trong biểu mẫu.',
    rowInserted:
      'Dòng {row} của trang tính "{sheet}" ("{text}") được chèn thêm vào giữa các dòng của biểu: Thi Đua đọc số liệu của biểu theo tên ô, và các ô tổng của biểu chỉ cộng các dòng của biểu mẫu, nên số liệu ghi trên dòng này không được tổng hợp. Nếu cần báo cáo các số liệu này, hãy cộng chúng vào dòng phù hợp của biểu (ví dụ dòng "Khác") rồi xóa dòng đã chèn; nếu dòng chỉ để ghi chú, hãy chuyển ghi chú xuống dưới bảng.',
    rowInsertedFigures:
      'Dòng {row} của trang tính "{sheet}" (ô {cell} ghi {figure}) được chèn thêm vào giữa các dòng của biểu: Thi Đua đọc số liệu của biểu theo tên ô, và các ô tổng của biểu chỉ cộng các dòng của biểu mẫu, nên số liệu ghi trên dòng này không được tổng hợp. Nếu cần báo cáo các số liệu này, hãy cộng chúng vào dòng phù hợp của biểu (ví dụ dòng "Khác") rồi xóa dòng đã chèn.',
    unitNote:
      'Ô {cell} của trang tính "{sheet}" ghi đơn vị tính {text}, nhưng số liệu của biểu tính theo đơn vị ghi ở tiêu đề cột (đồng, người, đơn vị, %): người đọc ghi chú này sẽ hiểu sai mọi con số của biểu. Hãy xóa ghi chú, hoặc ghi đúng đơn vị như tiêu đề cột.',
    statusOverwritten:
      'Ô này là dòng trạng thái của biểu ("Không có lỗi — có thể gửi" hoặc "Còn … lỗi", do công thức của biểu mẫu tự tính), nhưng đang ghi {found}: người xem đọc nó như một dòng của biểu mẫu ngay dưới dòng đơn vị và kỳ báo cáo, dù nó có thể ghi một đơn vị, kỳ hay tình trạng khác. Hãy xóa chữ đã ghi và chép lại công thức của ô này từ biểu mẫu (hoặc để trống).',
    severalLines:
      'Ô {cell} của trang tính "{sheet}" ghi nhiều dòng ("{text}") ở chỗ biểu mẫu chỉ ghi một dòng: người xem có thể chỉ thấy một trong các dòng đó (ô tự xuống dòng, căn dưới, hàng thấp thì chỉ hiện dòng cuối), không phải dòng được kiểm tra. Hãy ghi lại nội dung ô trên một dòng như biểu mẫu.',
    targetLabelMissing:
      "{label}: hàng {row} của khối chỉ tiêu không ghi tên chỉ tiêu như biểu mẫu (ô {cell}), nên người xem không biết mức giao, kết quả và Đạt/Chưa đạt ở hàng đó là của chỉ tiêu nào. Hãy ghi lại đúng tên chỉ tiêu ở ô {cell}.",
    targetEnglishOther:
      '{label}: tên tiếng Anh của chỉ tiêu ở ô {cell} lại ghi "{shown}": người đọc tiếng Anh hiểu mức giao, kết quả và Đạt/Chưa đạt ở hàng {row} là của chỉ tiêu khác. Hãy ghi lại "{english}" ở ô {cell} như biểu mẫu.',
    targetOffLine:
      "{label}: tên vùng (Name) của ô chỉ tiêu không trỏ vào hàng của chỉ tiêu trên biểu (hàng {row}), nên Đạt/Chưa đạt người đọc thấy ở hàng {row} không phải là kết quả được kiểm tra. Hãy trả tên vùng về đúng ô: Formulas → Name Manager (Công thức → Trình quản lý Tên).",
    formulaTampered:
      "{label}: công thức đã bị thay đổi (cần: ={expected}, đang có: {actual}). Hãy chép lại ô này từ ô cùng chỗ của biểu mẫu, hoặc gõ lại công thức (LibreOffice tiếng Việt dùng dấu ; thay cho dấu , giữa các phần của công thức).",
    formulaReplaced:
      "{label}: ô do biểu mẫu tự tính (công thức ={expected}) không còn công thức, chỉ còn số gõ hoặc dán đè (kể cả Dán đặc biệt › Chỉ giá trị). Hãy chép lại ô này từ ô cùng chỗ của biểu mẫu, hoặc mở lại bản đã lưu trước khi dán; nếu đã dán đè cả biểu, hãy chép các số nhập liệu (ô nền vàng nhạt) sang một biểu mẫu mới.",
    staleResult:
      "{label}: ô đang hiển thị {shown}, nhưng công thức tính ra {computed} (số được lấy khi tổng hợp); {recalculate}",
    recalculate: {
      excel: "hãy mở tệp bằng Excel, nhấn Ctrl+Alt+F9 để tính lại mọi công thức rồi lưu.",
      libreoffice:
        "hãy mở tệp bằng LibreOffice, chọn Dữ liệu › Tính › Tính lại vô điều kiện (Ctrl+Shift+F9) rồi lưu.",
      either:
        "hãy mở tệp, tính lại mọi công thức (Excel: nhấn Ctrl+Alt+F9; LibreOffice: Dữ liệu › Tính › Tính lại vô điều kiện, Ctrl+Shift+F9) rồi lưu.",
    },
    noResult: "(trống)",
    closingDiffers:
      "{label}: số cuối kỳ {value} là tổng số cuối kỳ các đơn vị đã báo cáo, khác đầu kỳ cộng tăng trừ giảm ({computed}), vì số liệu một số đơn vị không liên tục giữa các đợt, thiếu đợt, hoặc có đơn vị thành lập, giải thể trong kỳ; xem cảnh báo và ghi chú của bảng tổng hợp.",
    misleadingFormat:
      '{label}: ô hiển thị "{shown}" nhưng số được lấy khi tổng hợp là {value}; định dạng số của ô che con số thật. Hãy đặt lại định dạng số của ô (Format Cells → Number, tức Định dạng Ô → Số: kiểu Number, 0 chữ số thập phân, có dấu phân cách hàng nghìn — mã #,##0 trong Excel, #.##0 trong LibreOffice đặt tiếng Việt) rồi lưu.',
    misfitUnit:
      '{label}: ô hiển thị "{shown}", với đơn vị "{unit}", nhưng ô này tính {expected} (số được lấy khi tổng hợp là {value}). Hãy đặt lại định dạng số của ô (Format Cells → Number, tức Định dạng Ô → Số: kiểu Number, 0 chữ số thập phân, có dấu phân cách hàng nghìn — mã #,##0 trong Excel, #.##0 trong LibreOffice đặt tiếng Việt) rồi lưu.',
    unitOfKind: {
      money: "bằng đồng",
      count: "số lượng, không phải tiền hay phần trăm",
      ratio: "tỷ lệ phần trăm",
    },
    misfitUnitUncached:
      '{label}: định dạng số của ô ghi "{unit}" bên cạnh mọi số công thức tính ra, nhưng ô này tính {expected}. Hãy đặt lại định dạng số của ô như biểu mẫu (mã #,##0 cho số, 0.0% cho tỷ lệ trong Excel; #.##0 và 0,0% trong LibreOffice đặt tiếng Việt) rồi lưu.',
    generalRounded:
      '{label}: cột của ô chỉ rộng {width} ký tự, không đủ chỗ cho các chữ số của {value} ở định dạng General, nên Excel và LibreOffice đều hiển thị số đã làm tròn, dạng số mũ (chẳng hạn "{shown}"), nhưng số {value} vẫn được cộng vào tổng hợp. Hãy nới rộng cột (hoặc đặt định dạng số #,##0 cho ô) rồi lưu.',
    generalRoundedInExcel:
      '{label}: cột của ô chỉ rộng {width} ký tự, không đủ chỗ cho các chữ số của {value} ở định dạng General, nên Excel hiển thị số đã làm tròn, dạng số mũ (chẳng hạn "{shown}"), nhưng số {value} vẫn được cộng vào tổng hợp (LibreOffice hiển thị đủ số, nhưng người mở tệp bằng Excel đọc số đã làm tròn). Hãy nới rộng cột (hoặc đặt định dạng số #,##0 cho ô) rồi lưu.',
    unreadableFormatUncached:
      "{label}: định dạng số của ô có thể làm ô hiển thị một con số khác số công thức tính ra (Thi Đua không đọc chắc được định dạng này). Hãy đặt lại định dạng số của ô như biểu mẫu (mã #,##0 cho số, 0.0% cho tỷ lệ trong Excel; #.##0 và 0,0% trong LibreOffice đặt tiếng Việt) rồi lưu.",
    unreadableFormat:
      "{label}: định dạng số của ô có thể làm ô hiển thị một con số khác {value} (Thi Đua không đọc chắc được định dạng này). Hãy đặt lại định dạng số của ô (Format Cells → Number, tức Định dạng Ô → Số: kiểu Number, 0 chữ số thập phân, có dấu phân cách hàng nghìn — mã #,##0 trong Excel, #.##0 trong LibreOffice đặt tiếng Việt) rồi lưu.",
    hiddenRow:
      "{label}: ô nằm trên hàng bị ẩn nên không nhìn thấy trên biểu, nhưng số {value} vẫn được cộng vào tổng hợp. Hãy bỏ ẩn hàng; hàng bị ẩn do lọc (AutoFilter) thì bỏ ẩn không hiện lại được, hãy bỏ lọc (Excel: Data → Clear, tức Dữ liệu → Xóa; LibreOffice: Data → AutoFilter, tức Dữ liệu → Bộ lọc tự động).",
    hiddenColumn:
      "{label}: ô nằm trên cột bị ẩn nên không nhìn thấy trên biểu, nhưng số {value} vẫn được cộng vào tổng hợp. Hãy bỏ ẩn cột.",
    hiddenByMerge:
      "{label}: ô bị một vùng ô gộp che nên không nhìn thấy trên biểu, nhưng số {value} vẫn được cộng vào tổng hợp. Hãy bỏ gộp ô.",
    underDrawing:
      "{label}: một hình vẽ (hộp văn bản, hình ảnh, biểu đồ, hình khối, hoặc ghi chú đặt luôn hiển thị) nằm đè lên ô, nên con số người xem thấy có thể không phải số trong ô ({value}, số được lấy khi tổng hợp). Hãy xóa hình vẽ (hoặc dời ra khỏi biểu; ẩn ghi chú) rồi lưu.",
    noteOverComputed:
      "{label}: một ghi chú đặt luôn hiển thị nằm đè lên ô, che con số biểu mẫu tự tính ({value}); số này được tính lại từ các ô nhập khi tổng hợp nên không sai, nhưng người xem và bản in không thấy nó. Nên ẩn ghi chú (chuột phải → Ẩn ghi chú) hoặc dời hộp ghi chú ra khỏi biểu.",
    underPicture:
      '{label}: một hình ảnh (như logo) nằm đè lên một phần ô, có thể che mất chữ của "{value}". Hãy xem lại để hình không che chữ nào của dòng (hoặc dời hình ra khỏi dòng chữ) rồi lưu.',
    textCut:
      '{label}: "{text}" có thể hiện ra bị cắt mất một phần ({cause}), nên người xem có thể đọc sai nó (ví dụ "Chưa đạt" chỉ còn "đạt"). Hãy đặt lại căn lề và phông chữ của ô như trong biểu mẫu (không thụt lề, không xoay chữ, phông chữ thường) rồi lưu.',
    textCutLabel: "Chữ của biểu",
    cutTurned: "ô xoay chữ {turn} trong hàng chỉ cao {height} pt, nên chỉ hiện được một phần",
    stacked: "xếp dọc từng chữ",
    crossedFigure:
      "{label}: số {value} bị gạch chéo bởi đường viền chéo của ô nên người xem hiểu là số đã hủy, nhưng số đó vẫn được cộng vào tổng hợp. Hãy bỏ đường viền chéo: Format Cells → Border (Định dạng Ô → Viền), hoặc ghi số đúng, rồi lưu.",
    struckFigure:
      "{label}: số {value} bị gạch ngang (Strikethrough) nên người xem hiểu là số đã hủy, nhưng số đó vẫn được cộng vào tổng hợp. Hãy bỏ gạch ngang: Format Cells → Font → Strikethrough (Định dạng Ô → Phông → Gạch ngang), hoặc ghi số đúng, rồi lưu.",
    hiddenByHashes:
      "{label}: cột quá hẹp so với số nên ô chỉ hiện ### (trên màn hình và trên bản in), không thấy số nào, trong khi số {value} vẫn được cộng vào tổng hợp. Hãy nới rộng cột cho đến khi thấy số rồi lưu.",
    hiddenBySymbols:
      "{label}: số được viết bằng phông chữ ký hiệu {font}, nên các chữ số hiện thành hình ký hiệu, không đọc được số, trong khi số {value} vẫn được cộng vào tổng hợp. Hãy đặt lại phông chữ thường (ví dụ Times New Roman hoặc Calibri) rồi lưu.",
    hiddenByShrink:
      "{label}: ô thu nhỏ chữ số cho vừa cột chỉ rộng {width} ký tự (Shrink to fit), nên số hiển thị chỉ cao khoảng {size} pt, không đọc được, nhưng số {value} vẫn được cộng vào tổng hợp. Hãy bỏ chọn Format Cells → Alignment → Shrink to fit (Định dạng Ô → Căn chỉnh → Thu nhỏ cho vừa) hoặc nới rộng cột, rồi lưu.",
    hiddenByTurn:
      "{label}: ô xoay chữ số ({turn}) trong hàng chỉ cao {height} pt, nên chỉ hiện một phần của số: người xem có thể đọc thành một số khác, trong khi số {value} vẫn được cộng vào tổng hợp. Hãy để chữ số nằm ngang: Format Cells → Alignment → Orientation: 0° (Định dạng Ô → Căn chỉnh → Hướng: 0°), rồi lưu.",
    hiddenUpsideDown:
      "{label}: ô lật ngược chữ số (xoay {turn}), nên nhìn thẳng thì các chữ số chạy ngược, lộn đầu, số 6 đọc thành số 9, trong khi số {value} vẫn được cộng vào tổng hợp. Hãy để chữ số nằm ngang: Format Cells → Alignment → Orientation: 0° (Định dạng Ô → Căn chỉnh → Hướng: 0°), rồi lưu.",
    cutSymbols:
      "ô được viết bằng phông chữ ký hiệu {font}, nên các chữ hiện thành ký hiệu (chữ Hy Lạp hoặc hình vẽ)",
    lineCut:
      '{label} "{text}" dài hơn cột của nó và bị cắt ở ô {cell}, là ô có chứa dữ liệu (kể cả một dấu cách): người xem chỉ đọc được phần đầu, không thấy đơn vị hay kỳ báo cáo ở cuối dòng. Hãy xóa nội dung ô {cell} hoặc nới rộng cột, rồi lưu lại.',
    cutIndent: "ô thụt lề {indent} mức",
    cutRightToLeft: "ô đặt hướng đọc từ phải sang trái, nên chữ căn lề Chung (General) bị dồn sang phải",
    cutAlignment: "ô căn lề {found}, biểu mẫu căn lề {expected}",
    alignments: { general: "Chung (General)", left: "Trái", center: "Giữa", right: "Phải" },
    hiddenByColour:
      "{label}: số {value} có màu chữ {text} trên nền {background}, gần như không phân biệt được, nên trên biểu không thấy số này, nhưng số vẫn được cộng vào tổng hợp. Hãy đặt màu chữ của ô về Tự động (Automatic) và bỏ màu trong định dạng số (như [Red], [Color12]), rồi lưu.",
    frozenPastForm:
      'Trang tính "{sheet}" cố định ngăn (Freeze Panes) ở giữa biểu nên không cuộn tới được {cells}: tiêu đề, tên cột hay số liệu ở đó không bao giờ hiện ra, trong khi màn hình có thể hiện một nội dung khác. Hãy bỏ cố định ngăn: View → Freeze Panes → Unfreeze Panes (Dạng xem → Cố định Ngăn → Bỏ cố định Ngăn), nhấn Ctrl+Home rồi lưu lại.',
    rowsOutOfReach: "hàng 1–{row}",
    columnsOutOfReach: "cột A–{column}",
    rowsAndColumns: "{rows} và {columns}",
    zerosHidden:
      'Trang tính "{sheet}" đặt chế độ không hiện số 0 (ô có số 0 hiện thành ô trống): ô {cell} và các ô bắt buộc khác ghi 0 trông như chưa nhập, trong khi số 0 vẫn được cộng vào tổng hợp. Hãy bật lại hiện số 0: File → Options → Advanced → Show a zero in cells that have zero value (Tệp → Tùy chọn → Nâng cao → Hiển thị số không trong các ô có giá trị bằng không; LibreOffice: Tools → Options → Calc → View → Zero values), rồi lưu lại. Gnumeric luôn ghi chế độ này vào tệp .ods: nếu dùng Gnumeric, hãy lưu dưới dạng .xlsx.',
    zeroFormatHidden:
      'Ô {cell} của trang tính "{sheet}" ghi 0 nhưng có định dạng số không hiện số 0: trên màn hình và bản được ký, số liệu bắt buộc này trông như chưa nhập, trong khi số 0 vẫn được cộng vào tổng hợp. Hãy đặt lại định dạng số của ô như biểu mẫu (Home → Number Format — Trang đầu → Định dạng số; hoặc chép định dạng từ ô bên cạnh), rồi lưu lại.',
    zeroInkHidden:
      'Ô {cell} của trang tính "{sheet}" ghi 0 nhưng số 0 được tô cùng màu nền (màu chữ của ô, hoặc của định dạng có điều kiện cho số 0): trên màn hình và bản được ký, số liệu bắt buộc này trông như chưa nhập, trong khi số 0 vẫn được cộng vào tổng hợp. Hãy xóa định dạng có điều kiện (Home → Conditional Formatting → Clear Rules — Trang đầu → Định dạng có điều kiện → Xóa quy tắc; LibreOffice: Format → Conditional → Manage — Định dạng → Định dạng có điều kiện → Quản lý) hoặc đặt lại màu chữ như biểu mẫu, rồi lưu lại.',
    zerosUnprinted:
      'Trang tính "{sheet}" đặt không in số 0 (trong kiểu trang): trên bản in — bản được ký, đóng dấu và gửi đi — ô {cell} và các ô bắt buộc khác ghi 0 in ra trống, trông như chưa nhập, trong khi số 0 vẫn được cộng vào tổng hợp. Hãy chọn lại in số 0 (LibreOffice: Format → Page Style → Sheet → Print: Zero values — Định dạng → Kiểu trang → Trang tính → In: Giá trị không), rồi lưu lại.',
    conditionalLooksUnchecked:
      "Phiên bản Excel này không cho Thi Đua biết định dạng có điều kiện tô các ô ra sao (chưa có ExcelApi 1.19, hoặc Excel từ chối), nên số liệu được kiểm tra theo định dạng đặt cho ô chứ không theo cách ô hiện ra: số liệu bị định dạng có điều kiện che đi (chữ trắng, màu nền phủ lên) chưa được tìm. Hãy xem lại các biểu, hoặc kiểm tra tệp đã lưu trên trang Thi Đua trong trình duyệt.",
    sheetBackground:
      'Trang tính "{sheet}" có hình nền hoặc màu nền tối phía sau các ô (nền trang tính, hoặc nền của kiểu trang): tiêu đề, tên dòng, dòng đơn vị và kỳ báo cáo, chỗ ký của biểu — không có màu tô riêng — có thể chìm vào nền, trên màn hình Excel và trên bản in LibreOffice (bản được ký, đóng dấu và gửi đi), trong khi số liệu của biểu vẫn được dùng. Hãy xóa nền: Page Layout → Delete Background (Bố trí Trang → Xóa Nền; LibreOffice: Format → Page Style → Background → None — Định dạng → Kiểu trang → Nền → Không), rồi lưu lại.',
    formulasShown:
      'Trang tính "{sheet}" đặt chế độ hiện công thức thay cho kết quả (Show Formulas): ô {cell} và các ô tổng, tỷ lệ khác của biểu hiện — và in ra — công thức chứ không phải con số, nên cả màn hình lẫn bản được ký đều không có các số được tổng hợp. Hãy tắt: Formulas → Show Formulas (Công thức → Hiện Công thức) hoặc nhấn Ctrl+` (LibreOffice: View → Show Formula — Xem → Hiện công thức), rồi lưu lại.',
    formulasPrinted:
      'Trang tính "{sheet}" đặt in công thức thay cho kết quả (trong kiểu trang): trên bản in — bản được ký, đóng dấu và gửi đi — ô {cell} và các ô tổng, tỷ lệ khác của biểu in ra công thức chứ không phải con số. Hãy bỏ chọn in công thức (LibreOffice: Format → Page Style → Sheet → Print: Formulas — Định dạng → Kiểu trang → Trang tính → In: Công thức), rồi lưu lại.',
    pageTextDiffers:
      '{place} các trang in của "{sheet}" ghi "{text}", khác với đơn vị và kỳ của báo cáo ({about}): bản in — bản được ký, đóng dấu và gửi đi — sẽ mang tên đơn vị hoặc kỳ khác. Hãy sửa hoặc xóa: Insert → Header & Footer (Chèn → Đầu trang & Chân trang), rồi lưu lại.',
    pageText:
      '{place} các trang in của "{sheet}" ghi "{text}", mẫu không in dòng này: hãy chắc rằng nó không ghi đơn vị hay kỳ khác với báo cáo ({about}) trước khi ký và đóng dấu.',
    pagePlace: { header: "Đầu trang (header)", footer: "Chân trang (footer)" },
    printAreaOffForm:
      'Trang tính "{sheet}" có vùng in ({areas}) không gồm ô {cell} của biểu: bản in — bản được ký, đóng dấu và gửi đi — sẽ thiếu ô đó hoặc in một nội dung khác, trong khi số liệu được dùng là của biểu. Hãy bỏ vùng in — trong Excel: Page Layout → Print Area → Clear Print Area (Bố trí Trang → Vùng In → Xóa Vùng In); trong LibreOffice: Format → Print Ranges → Clear (Định dạng → Vùng in → Xóa) — hoặc đặt lại cho gồm cả biểu, rồi lưu lại.',
    formNotPrinted:
      'Trang tính "{sheet}" được đặt để không in gì: bản in — bản được ký, đóng dấu và gửi đi — thiếu cả biểu, từ ô {cell}, trong khi số liệu được dùng là của biểu. Trong LibreOffice: Format → Print Ranges → Edit… (Định dạng → Vùng in → Sửa…), chọn "- entire sheet -" ("- toàn bộ trang tính -") ở ô vùng in, bấm OK, rồi lưu lại.',
    printedTooSmall:
      'Trang tính "{sheet}" in ở tỷ lệ {scale}% (do tỷ lệ, khổ giấy, lề hoặc cách co cho vừa trang trong thiết lập trang, hay do các cột quá rộng, kể cả vì phông chữ mặc định — của kiểu Normal — quá lớn), nên số liệu của biểu, từ ô {cell}, in ra chỉ cao khoảng {size} pt: quá nhỏ để đọc trên bản được ký, đóng dấu và gửi đi, dù trên màn hình vẫn bình thường. Hãy đặt lại Page Layout → Scale to Fit (Bố trí Trang → Co giãn cho Vừa) thành rộng 1 trang, cao Automatic (Tự động) (hoặc tỷ lệ 100%), giấy A4, lề Normal (Thông thường), độ rộng cột và phông chữ của kiểu Normal như biểu mẫu (Calibri 11), rồi lưu lại.',
    titleMissing:
      'Trang tính "{sheet}" không hiện tiêu đề của biểu ("{title}") ở chỗ người xem thấy được: tiêu đề đã bị xóa, bị che, bị gạch ngang hoặc bị thay, nên màn hình và bản được ký hiện số liệu không có tiêu đề, hoặc dưới tiêu đề của biểu khác. Hãy chép lại tiêu đề từ biểu mẫu vào ô A1 (đúng như biểu mẫu ghi), rồi lưu lại.',
    textPrintedTooSmall:
      'Trang tính "{sheet}" in ở tỷ lệ {scale}%, và chữ của biểu — tiêu đề, dòng đơn vị và kỳ báo cáo, tên cột hay tên dòng, từ ô {cell} — đặt cỡ chữ quá nhỏ (của cả ô, hoặc của một số chữ trong ô) nên in ra chỉ cao khoảng {size} pt: không đọc được trên bản được ký, đóng dấu và gửi đi, và bản in không còn cho biết số liệu nào là của dòng, cột nào. Hãy đặt lại cỡ chữ của toàn bộ ô đó như biểu mẫu (Home → Font Size — Trang đầu → Cỡ chữ, 11; chọn cả ô chứ không chọn một phần chữ), rồi lưu lại.',
    opensPastForm:
      'Trang tính "{sheet}" mở ra ở ô {cell}, nằm hẳn dưới hoặc bên phải biểu (số liệu của biểu kết thúc ở ô {last}), nên người mở tệp lúc đầu không thấy biểu. Hãy cuộn về ô A1 rồi lưu lại.',
    opensOnOtherSheet:
      'Tệp mở ra ở trang tính "{sheet}" và ẩn (hoặc thu hẹp hết) thanh tên trang, nên người xem chỉ thấy trang đó chứ không thấy trang biểu "{formSheet}" có số liệu được dùng. Hãy hiện thanh tên trang: File → Options → Advanced → Show sheet tabs (Tệp → Tùy chọn → Nâng cao → Hiển thị tab trang tính) và kéo rộng nó, mở ở trang biểu, hoặc xóa trang tính "{sheet}".',
    formCopyTabsHidden:
      'Trang tính "{sheet}" mang tiêu đề (hoặc tên các cột và các dòng) của biểu ở trang tính "{formSheet}" (số liệu được lấy từ trang này), và tệp ẩn (hoặc thu hẹp hết) thanh tên trang: người xem lật qua các trang hoặc đọc bản in không phân biệt được bản sao với biểu. Hãy xóa trang tính "{sheet}", hoặc ẩn nó: bấm chuột phải vào tên trang tính → Hide (Ẩn), sau khi hiện thanh tên trang: File → Options → Advanced → Show sheet tabs (Tệp → Tùy chọn → Nâng cao → Hiển thị tab trang tính).',
    formCopyOnSheet:
      'Trang tính "{sheet}" có biểu lặp lại từ ô {cell}, ngoài biểu (tiêu đề của biểu ở ô {title}): tiêu đề hoặc tên các dòng của biểu được ghi lần nữa — một bản sao của biểu ngay trên trang tính này, có thể với số liệu khác, được xem và in cùng biểu (bản được ký có thể in nó trước), trong khi chỉ số liệu của biểu được dùng. Hãy xóa bản sao (các hàng hoặc cột của nó), rồi lưu lại.',
    formCopy:
      'Trang tính "{sheet}" mang tiêu đề (hoặc tên các cột và các dòng) của biểu ở trang tính "{formSheet}", nhưng chỉ số liệu ở trang tính "{formSheet}" được dùng, và bản in có cả hai. Nếu "{sheet}" là bản nháp, hãy xóa hoặc ẩn nó; nếu số liệu của nó mới đúng, hãy nhập chúng vào trang tính "{formSheet}".',
    lookAlikeSheet:
      'Trang tính "{sheet}" có tên dễ nhầm với trang tính "{formSheet}" của biểu (số liệu được lấy từ trang này); người xem có thể nhìn nhầm trang. Hãy đổi tên hoặc xóa trang tính "{sheet}".',
    tinyRow:
      "{label}: hàng của ô chỉ cao {size} pt, quá thấp để thấy con số, nhưng số {value} vẫn được cộng vào tổng hợp. Hãy đặt lại chiều cao hàng (ví dụ 15).",
    tinyColumn:
      "{label}: cột của ô chỉ rộng {size} ký tự, quá hẹp để thấy con số, nhưng số {value} vẫn được cộng vào tổng hợp. Hãy nới rộng cột.",
    tinyFont:
      "{label}: số {value} hiển thị với cỡ chữ chỉ khoảng {size} pt (chỉ số trên/dưới — Superscript/Subscript — còn hiện nhỏ hơn cỡ chữ đã đặt), quá nhỏ để đọc, nhưng số vẫn được cộng vào tổng hợp. Hãy đặt lại cỡ chữ của ô (ví dụ 11), bỏ Superscript/Subscript rồi lưu.",
    hiddenInPrint:
      "{label}: kiểu định dạng của ô không in nội dung (LibreOffice: Format Cells → Cell Protection → Hide when printing), nên bản in được ký, đóng dấu và gửi đi không có con số ở ô này, trong khi số {value} vẫn được cộng vào tổng hợp. Hãy bỏ chọn tùy chọn đó rồi lưu.",
    hiddenByMargins:
      "{label}: lề của kiểu ô (âm, ở bên phải, hoặc quá rộng) đẩy con số ra khỏi ô, nên bản in và LibreOffice có thể để trống ô hoặc hiện ###, trong khi số {value} vẫn được cộng vào tổng hợp. Hãy đặt lại lề và thụt lề của ô về 0 (LibreOffice: Format Cells → Alignment) rồi lưu.",
    hiddenByGraphic:
      "{label}: một định dạng có điều kiện hiện thanh dữ liệu hoặc biểu tượng thay cho con số trong ô, nên biểu không hiển thị con số nhưng số {value} vẫn được cộng vào tổng hợp. Hãy bỏ định dạng có điều kiện đó (hoặc cho hiện giá trị) rồi lưu.",
  },
  rollup: {
    overwritesReport:
      "Tệp Excel đang mở là báo cáo của {unit}. Ghi bảng tổng hợp vào đây thì tệp này sẽ thành báo cáo của đơn vị tổng hợp (các trang cũ được giữ nhưng không còn là báo cáo của {unit}); nên mở một tệp Excel mới.",
    overwritesSummary:
      "Tệp Excel đang mở có bảng tổng hợp của {unit}, {period}. Ghi bảng tổng hợp mới vào đây sẽ thay thế bảng đó (chỉ hoàn tác được cho đến lần ghi tiếp theo); muốn giữ cả hai, hãy mở một tệp Excel mới.",
    blankTemplate:
      "Tệp là biểu mẫu chưa nhập số liệu: mọi ô nhập liệu của {forms} đều trống ({count} ô bắt buộc). Có thể đơn vị đã gửi nhầm biểu mẫu trống thay cho báo cáo đã điền; hãy yêu cầu đơn vị gửi lại tệp đã nhập số liệu. Nếu đó là bản biểu mẫu chính tỉnh làm để gửi cho đơn vị, hãy để các bản ấy ngoài thư mục các báo cáo nhận về.",
    invalid: "Có {count} lỗi; lỗi đầu tiên{at}: {first}",
    invalidOne: "Có 1 lỗi{at}: {first}",
    wrongPeriod:
      "Sai kỳ: tệp là báo cáo {found}, trong khi đang tổng hợp {wanted}. Tệp không được cộng; hãy yêu cầu đơn vị gửi báo cáo đúng kỳ.",
    shortInside:
      "Báo cáo tổng hợp của {code} chưa đủ: {parts}. Số liệu của {code} không gồm phần đó; hãy hỏi lại {code} trước khi ký.",
    shortMissing: "{count} đơn vị không có báo cáo ({units})",
    shortPartial: "{count} đơn vị báo cáo không đủ kỳ ({units})",
    shortBroken:
      "Báo cáo tổng hợp của {code} ghi các đơn vị thiếu hoặc chưa đủ kỳ nhưng danh sách đó không đọc được (số lượng không khớp, mã sai hoặc trùng, ngày sai): coi như báo cáo chưa đủ; hãy hỏi lại {code}.",
    countedTwice:
      "Báo cáo tổng hợp của {code} đã gồm {units}, mà tệp {file} cũng báo cáo; tệp tổng hợp này không được cộng để không đơn vị nào bị tính hai lần. Muốn dùng nó, hãy bỏ các tệp của những đơn vị đó.",
    countedTwiceUnnamed:
      'Báo cáo tổng hợp của {code} đã gồm {units}, mà báo cáo tổng hợp {file} cũng gồm; các tệp này không cho biết mã đơn vị của chúng thuộc sổ kế hoạch thi đua nào (sổ kế hoạch để trống trang tính "Đơn vị tổng hợp", bảng TD_Parent), nên không tệp nào được cộng để không đơn vị nào bị tính hai lần. Nếu đó là các đơn vị khác nhau trùng mã (mỗi tỉnh tự đặt mã cho đơn vị của mình), hãy đề nghị mỗi nơi ghi mã và tên đơn vị tổng hợp vào bảng TD_Parent của sổ kế hoạch, tổng hợp và gửi lại; nếu là cùng một đơn vị, hãy bỏ một trong các tệp.',
    lookAlikeCode:
      "Mã đơn vị {code} trông giống mã {other} của tệp {file} (chữ O và số 0; chữ I hoa, chữ l thường và số 1…): người đọc tưởng là hai báo cáo của cùng một đơn vị, còn bảng tổng hợp sẽ tính thành hai đơn vị, nên không tệp nào được cộng. Hãy sửa mã đơn vị của tệp sai (tạo lại từ biểu mẫu đúng) hoặc tổng hợp kèm danh sách đơn vị (tệp kế hoạch thi đua).",
    holdsListedUnits:
      "Tệp {file} là báo cáo tổng hợp của {code} gồm cả {units}, là những đơn vị mà danh sách đơn vị kỳ này tính riêng: cộng tệp này sẽ tính số liệu của các đơn vị ấy cho {code}, và các đơn vị ấy bị ghi là thiếu báo cáo. Tệp không được cộng; hãy dùng báo cáo của chính {code}, các đơn vị kia tự gửi báo cáo của mình.",
    notActive:
      "Đơn vị {code} có trong danh sách đơn vị nhưng chỉ hoạt động {validity}{successors}, không trong kỳ này, nên tệp không được cộng. Nếu ngày trong danh sách sai, hãy sửa cột Hiệu lực từ, Hiệu lực đến (trang tính Đơn vị của tệp kế hoạch thi đua) rồi tổng hợp lại.",
    ownUnit:
      "Tệp mang mã của chính đơn vị tổng hợp {code}, không phải của một đơn vị phải nộp: có thể là bảng tổng hợp làm trước đây để lẫn vào các báo cáo nhận được. Tệp không được cộng. Hãy để bảng tổng hợp ngoài thư mục báo cáo nhận được; muốn tổng hợp cả năm, hãy tổng hợp báo cáo các đợt của các đơn vị với kỳ cả năm.",
    lateCorrection:
      "Báo cáo được dùng ({file}) nhận ngày {received}, trễ {days} ngày so với hạn nộp {due}; tệp {earlier} của đơn vị cho cùng kỳ nhận ngày {earlierDay}, đúng hạn, đã được tệp này thay thế. Số ngày trễ tính theo báo cáo được dùng; nếu tỉnh tính theo lần nộp đầu, hãy ghi ngày {earlierDay} ở cột Ngày nhận báo cáo của đơn vị {code} (trang tính Đơn vị của tệp kế hoạch thi đua; thêm cột nếu bảng chưa có) rồi tổng hợp lại.",
    notExpected:
      "Đơn vị {code} không có trong danh sách đơn vị của kỳ này nên tệp không được cộng. Hãy kiểm tra mã đơn vị trong tệp, hoặc bổ sung đơn vị vào danh sách đơn vị (trang tính Đơn vị của tệp kế hoạch thi đua) rồi tổng hợp lại.",
    notExpectedSameName:
      'Đơn vị {code} không có trong danh sách đơn vị của kỳ này nên tệp không được cộng. Danh sách có đơn vị {listed} cùng tên "{name}": nếu mã của đơn vị đã đổi thành {listed}, hãy gửi đơn vị biểu mẫu mới mang mã {listed}, hoặc ghi lại mã {code} trong danh sách đơn vị (trang tính Đơn vị của tệp kế hoạch thi đua), rồi tổng hợp lại.',
    namedForOther:
      "Tệp {file} mang mã đơn vị {other} trong tên nhưng là báo cáo của {code} (biểu mẫu của {code}), trong khi {code} đã gửi báo cáo của mình ({kept}) và {other} chưa gửi báo cáo nào: có thể {other} đã điền số liệu vào biểu mẫu của {code}. Tệp không được cộng, báo cáo của chính {code} được dùng; hãy kiểm tra với {other}, và nếu số liệu là của {other}, yêu cầu điền lại trên biểu mẫu của chính mình.",
    namedForOtherAlone:
      "Tệp {file} mang mã đơn vị {other} trong tên nhưng là báo cáo của {code} (biểu mẫu của {code}): nếu số liệu là của {other}, thì {other} đã điền vào biểu mẫu của {code} và bảng tổng hợp đang tính số liệu đó cho {code}. Hãy kiểm tra với hai đơn vị.",
    otherIndicators:
      "Tệp {file}: Biểu 05 của đơn vị {code} có danh sách chỉ tiêu riêng ({found}) khác với kế hoạch thi đua ({wanted}), nên không cộng được; hãy dùng biểu mẫu tạo từ tệp kế hoạch thi đua đang dùng.",
    ownIndicatorsSetAside:
      "Tệp {file}: báo cáo tổng hợp của {code} có Biểu 05 theo danh sách chỉ tiêu riêng của kế hoạch thi đua cấp mình ({found}), khác với kế hoạch thi đua đang tổng hợp ({wanted}): số liệu Biểu 05 của {code} không được cộng, các biểu khác vẫn được cộng. Nếu cần Biểu 05 theo kế hoạch thi đua cấp trên, hãy đề nghị {code} gửi số liệu theo biểu mẫu tạo từ tệp kế hoạch thi đua đang dùng.",
    otherSubRows:
      'Tệp {file}: {sheet} của đơn vị {code}, dòng "{row}": chia thành ({found}), khác với kế hoạch thi đua ({wanted}), nên không cộng được; hãy dùng biểu mẫu tạo từ tệp kế hoạch thi đua đang dùng.',
    noPeriod: "Không có báo cáo hợp lệ nào để xác định kỳ tổng hợp; hãy chọn kỳ tổng hợp.",
    continuity:
      "{label}: số đầu kỳ {period} là {opening} ({openingAt}), khác số cuối kỳ trước {closing} ({closingAt}); hãy kiểm tra lại với đơn vị (số đầu kỳ này phải bằng số cuối kỳ trước).",
    jump: "{label}{at}: {now}, trong khi kỳ trước ({period}) là {before} — chênh lệch gấp hơn {factor} lần; hãy kiểm tra lại với đơn vị.",
    targetDiffersFromDefault:
      'Chỉ tiêu "{target}" trong tệp {file} là {found}, khác mức mặc định {assigned} (chưa có sổ kế hoạch thi đua); bảng tổng hợp dùng mức mặc định.',
    targetDiffers:
      'Chỉ tiêu "{target}" trong tệp {file} là {found}, kế hoạch thi đua giao {assigned}; bảng tổng hợp dùng mức kế hoạch giao.',
    targetWithoutDefault:
      'Chỉ tiêu "{target}" trong tệp {file} là {found}, nhưng chưa có sổ kế hoạch thi đua và chỉ tiêu này không có mức mặc định, nên bảng tổng hợp không đánh giá Đạt/Chưa đạt chỉ tiêu này. Tổng hợp cùng sổ kế hoạch thi đua có giao chỉ tiêu để đánh giá.',
    targetNotAssigned:
      'Chỉ tiêu "{target}" trong tệp {file} là {found}, nhưng kế hoạch thi đua không giao chỉ tiêu này cho đơn vị, nên bảng tổng hợp không đánh giá Đạt/Chưa đạt chỉ tiêu này.',
    nameDiffers:
      'Tệp {file} ghi tên đơn vị {code} là "{found}"; danh sách đơn vị phải báo cáo ghi "{listed}", bảng tổng hợp dùng tên này.',
    periodOfDates: "Kỳ báo cáo ({span})",
    notApplicable: "không áp dụng",
    notAssigned: "chưa giao",
    defaultParent: "Đơn vị tổng hợp",
    notASummary: 'Tệp "{file}" không phải bảng tổng hợp của Thi Đua (thiếu trang tính TD_Data).',
    formsMissing:
      "{unit}: tệp {file} không có {forms}, trong khi các báo cáo khác của kỳ có. Đơn vị được coi là chưa báo cáo các biểu này ({span}): số liệu không có trong tổng hợp, các ô được liệt kê là chưa báo cáo, các chỉ tiêu của biểu không được điểm.",
    formsMissingInRound:
      "{unit}: tệp {file} ({span}) không có {forms}. Đơn vị chưa báo cáo các biểu này cho {span}: số phát sinh cả kỳ của các biểu này chỉ gồm các đợt khác, số cuối kỳ để trống nếu đợt này là đợt cuối.",
    newerRefused:
      "{unit}: tệp mới hơn {refused} bị loại (xem Tệp bị loại), nên tệp cũ hơn {kept} được dùng để tổng hợp. Hãy đề nghị đơn vị sửa tệp mới và gửi lại, hoặc biết rằng số liệu đang dùng là của tệp cũ.",
    duplicateSameTime:
      "{unit}: tệp {kept} và tệp {dropped} ghi cùng một thời điểm lưu nhưng số liệu khác nhau, nên không biết tệp nào là bản sửa sau cùng; đang dùng tệp {kept}. Hãy hỏi đơn vị bản nào đúng, bỏ tệp kia ra khỏi các tệp tổng hợp rồi tổng hợp lại.",
    formsDropped:
      "{unit}: tệp {kept} thay cho tệp {dropped}; {forms} của tệp {dropped} không được dùng (tệp mới thay cả tệp cũ). Nếu chỉ sửa một biểu, hãy gửi lại một tệp có đủ các biểu.",
    budgetYearAssumed:
      "{unit}: báo cáo {file} gồm nhiều năm ({span}) nhưng chỉ ghi một dự toán năm: dự toán đó được tính là của năm {year}; dự toán năm {others} không có, nên tỷ lệ thực hiện của đơn vị chỉ so với dự toán năm {year}. Hãy báo cáo từng đợt trong từng năm nếu cần so với dự toán các năm.",
    plansUnknown:
      "{unit}: các báo cáo tổng hợp từng đợt không cho biết dự toán của cả kỳ: {units} có trong báo cáo tổng hợp của đợt trước nhưng không có trong đợt sau cùng ({file}), nên dự toán của các đơn vị đó không nằm trong tổng nào dùng được; dự toán và tỷ lệ thu so với dự toán của {unit} để trống, không tính sai. Hãy đề nghị {unit} gửi báo cáo tổng hợp của cả kỳ (tổng hợp lại từ báo cáo của các đơn vị cho cả kỳ).",
    daysOfBudget: "{days}/{of} ngày của {span}",
    daysOfYear: "{days}/{of} ngày của năm {year}",
    budgetProratedTwice:
      "{unit}: {row}: dự toán được tính theo số ngày đơn vị tồn tại ({dates} theo danh sách đơn vị: {shares}), còn {budget} đồng; số đã thu {collected} đồng bằng {rate} dự toán đó, quá {limit}. Dự toán đơn vị nhập phải là dự toán cả năm: nếu đơn vị đã nhập dự toán được giao cho riêng thời gian hoạt động, dự toán đó đã bị tính theo số ngày hai lần và tỷ lệ thực hiện, Đạt/Chưa đạt đều sai. Hãy hỏi đơn vị; nếu đúng vậy, đề nghị đơn vị nhập dự toán quy ra cả năm (dự toán được giao × số ngày của năm ÷ số ngày hoạt động) rồi tổng hợp lại.",
    budgetProratedTwiceFromStart:
      "{unit}: {row}: dự toán được tính theo số ngày đơn vị tồn tại ({dates} theo danh sách đơn vị: {shares}), còn {budget} đồng; số đã thu {collected} đồng bằng {rate} dự toán đó, quá {limit}. Dự toán đơn vị nhập phải là dự toán được giao cho {covers}: nếu đơn vị đã nhập dự toán được giao cho riêng {dates}, dự toán đó đã bị tính theo số ngày hai lần và tỷ lệ thực hiện, Đạt/Chưa đạt đều sai. Hãy hỏi đơn vị; nếu đúng vậy, đề nghị đơn vị nhập dự toán của {covers} rồi tổng hợp lại.",
    yearBudgetTyped:
      "{unit}: {row}: số đã thu cả năm {collected} đồng bằng {rate} dự toán đơn vị nhập ({budget} đồng). Đơn vị thành lập từ {start}, nên dự toán phải nhập là dự toán được giao từ {start} đến {end}, không phải dự toán cả năm {year}. Nếu đơn vị đã nhập dự toán cả năm, tỷ lệ thực hiện và Đạt/Chưa đạt bị tính thấp: hãy đề nghị đơn vị nhập dự toán ghi trên quyết định giao dự toán rồi tổng hợp lại. Nếu dự toán đã nhập đúng, tỷ lệ này là thực tế, không cần sửa.",
    budgetWholeUndated:
      "{unit}: báo cáo nhận được chỉ gồm {covered} của năm {year}, thiếu {gaps}; không có danh sách đơn vị cho biết đơn vị tồn tại từ ngày nào đến ngày nào, nên dự toán năm của đơn vị được tính cả năm. Nếu đơn vị thành lập hoặc giải thể trong năm (chỉ tồn tại trong thời gian đã báo cáo), dự toán của tỉnh bị tính thừa: hãy tổng hợp lại với danh sách đơn vị (tệp kế hoạch thi đua hoặc danh sách .csv) có Hiệu lực từ, đến (valid_from, valid_to) của đơn vị để dự toán được tính theo số ngày tồn tại; nếu không, đơn vị còn thiếu báo cáo {gaps}.",
    startAssumed:
      "{unit}: không có danh sách đơn vị, nên coi đơn vị bắt đầu báo cáo từ {start} (ngày đầu của báo cáo đầu tiên nhận được); {span} không được coi là thiếu. Hãy dùng danh sách đơn vị (tệp kế hoạch thi đua, hoặc danh sách .csv) nếu đơn vị phải báo cáo cả kỳ.",
  },
  identityText: {
    unshowable: "chứa ký tự điều khiển, xuống dòng, ký tự đổi chiều văn bản hoặc ký tự vô hình",
    formulaStart: "bắt đầu bằng =, +, - hoặc @ (bảng tính sẽ hiểu là công thức)",
    statusMark: "bắt đầu bằng ✓ hoặc ✗ (dễ nhầm với trạng thái)",
    tooLong: "dài quá {max} ký tự",
  },
  place: {
    cell: 'ô {cell} của trang tính "{sheet}"',
    sheet: 'trang tính "{sheet}"',
    /** A place after the words it is about: "Có 2 lỗi; lỗi đầu tiên, ở ô C9 của trang tính "Biểu 01": …". */
    after: ", ở {place}",
    range: 'vùng {cell} của trang tính "{sheet}"',
    file: "tệp {file}",
    fileCell: "tệp {file}, {place}",
  },
  findingGroups: {
    oneMoreCell: "(và 1 ô khác: {cells})",
    moreCells: "(và {count} ô khác: {cells})",
  },
  unitValidity: {
    from: "từ {from}",
    until: "đến {to}",
    between: "từ {from} đến {to}",
    successors: " (đơn vị tiếp nhận: {units})",
  },
  againstCampaign: {
    unitNotActive:
      "Đơn vị {code} có trong danh sách đơn vị của kế hoạch thi đua nhưng chỉ hoạt động {validity}{successors}, không trong kỳ {period}: khi tổng hợp, tệp này sẽ bị loại. Hãy gửi báo cáo của kỳ đơn vị còn hoạt động; nếu ngày trong danh sách sai, đề nghị cấp trên sửa cột Hiệu lực từ, Hiệu lực đến.",
    ownUnit:
      "Đơn vị {code} là chính đơn vị tổng hợp của kế hoạch thi đua (bảng Đơn vị tổng hợp), không phải một đơn vị phải nộp: tệp là báo cáo hay bảng tổng hợp của đơn vị tổng hợp, và khi tổng hợp theo kế hoạch này sẽ bị loại. Muốn kiểm tra bảng tổng hợp trước khi gửi cấp trên, hãy kiểm tra không kèm kế hoạch thi đua (bỏ chọn kế hoạch, hoặc bỏ --campaign).",
    unitNotListed:
      "Đơn vị {code} không có trong danh sách đơn vị của kế hoạch thi đua cho kỳ {period}: khi tổng hợp, tệp này sẽ bị loại. Hãy kiểm tra lại mã đơn vị, hoặc đề nghị cấp trên bổ sung đơn vị vào danh sách.",
    unitNotListedSameName:
      'Đơn vị {code} không có trong danh sách đơn vị của kế hoạch thi đua cho kỳ {period}: khi tổng hợp, tệp này sẽ bị loại. Danh sách có đơn vị {listed} cùng tên "{name}": nếu mã của đơn vị đã đổi, hãy nhập số liệu vào biểu mẫu mới mang mã {listed}.',
    periodUnknown:
      "Kỳ của báo cáo ({period}) không trùng với kỳ nào trong kế hoạch thi đua ({periods}). Kỳ báo cáo ghi sẵn trong biểu mẫu, sửa trên biểu không đổi được: nếu đây là báo cáo của một kỳ trong kế hoạch (chép từ báo cáo kỳ trước, năm trước), hãy lấy biểu mẫu của đúng kỳ (mục Biểu mẫu của Thi Đua, hoặc đề nghị cấp trên gửi) rồi chép số liệu sang.",
    nameDiffers:
      'Báo cáo ghi tên đơn vị {code} là "{found}"; danh sách của kế hoạch ghi "{listed}", bảng tổng hợp sẽ dùng tên này.',
    targetDiffers:
      'Chỉ tiêu "{target}" trong báo cáo là {found}, kế hoạch giao {assigned}; bảng tổng hợp dùng mức kế hoạch giao. Nên tải lại biểu mẫu theo kế hoạch.',
    targetNotAssigned:
      'Chỉ tiêu "{target}" trong báo cáo là {found}, nhưng kế hoạch không giao chỉ tiêu này cho đơn vị; bảng tổng hợp sẽ không đánh giá chỉ tiêu này. Nên tải lại biểu mẫu theo kế hoạch.',
    otherSubRows:
      '{sheet}, dòng "{row}": biểu mẫu chia thành ({found}), khác với kế hoạch thi đua ({wanted}); khi tổng hợp, tệp này sẽ bị loại. Hãy tải biểu mẫu mới theo kế hoạch và chép số liệu sang.',
  },
  campaign: {
    missingTable: "Thiếu bảng {table} (bảng Excel hoặc trang cùng tên).",
    tableUnread:
      'Trang tính "{sheet}" có số liệu nhưng không tìm thấy hàng tiêu đề của bảng {table} (bắt đầu bằng các cột {first}): có thể tiêu đề đã bị gõ lại, hoặc một cột đã được chèn vào trước các cột đó. Bảng không đọc được thì các dòng của nó không được dùng; hãy để lại hàng tiêu đề như khi tạo sổ kế hoạch (cột thêm vào đặt bên phải bảng) rồi kiểm tra lại.',
    formulaNotSaved:
      "{table}, ô {cell}: công thức ={formula} chưa có kết quả (chương trình ghi tệp không tính công thức), nên không đọc được giá trị của ô: mở và lưu lại bằng Excel hoặc LibreOffice, hoặc gõ thẳng giá trị vào ô, rồi kiểm tra lại.",
    missingColumn: "{table}: thiếu cột {column}.",
    unknownColumn: '{table}: cột "{column}" không phải mã hay tên một chỉ tiêu trong danh mục.',
    badId: '{table}: mã "{value}" không hợp lệ (chữ, số, "_", ".", "-", tối đa 40 ký tự).',
    repeated: "{table}: {value} xuất hiện hai lần.",
    twoBlocs: "Đơn vị {value} thuộc hai cụm thi đua: {first} và {second}.",
    badDate: '{table}: "{value}" không phải ngày hợp lệ; hãy ghi ngày/tháng/năm, ví dụ 15/7/2025.',
    required: "{table}: ô {column} để trống.",
    endBeforeStart: "{table}: ngày kết thúc trước ngày bắt đầu.",
    dueBeforeEnd: "{table}: hạn nộp {value} trước ngày kết thúc kỳ.",
    unknownPeriod: '{table}: kỳ "{value}" không có trong trang tính Kỳ báo cáo.',
    kindOrUnit: "{table}: mỗi dòng ghi một trong hai: loại đơn vị hoặc mã đơn vị, không ghi cả hai.",
    repeatedDeadline: "{table}: kỳ {period} có hai hạn nộp cho {value}.",
    badPenaltyCap: '{table}: điểm trừ tối đa "{value}" phải là số không âm.',
    penaltyTarget:
      '{table}: dòng "{method}" không chấm chỉ tiêu nào; để trống cột Chỉ tiêu ("{value}" không được dùng).',
    badCorrections: '{table}: số lần nộp lại "{value}" phải là số nguyên không âm.',
    overlapping: "Kỳ {first} và {second} chồng lấn nhau mà kỳ này không nằm trọn trong kỳ kia.",
    unknownKind: '{table}: loại đơn vị "{value}" không có trong danh mục; chọn một trong: {kinds}.',
    unknownUnit: "{table}: đơn vị {value} không có trong danh sách đơn vị (bảng TD_Units).",
    unknownSuccessor:
      "{table}: đơn vị tiếp nhận {value} không có trong danh sách đơn vị (bảng TD_Units); ghi mã các đơn vị tiếp nhận, cách nhau bằng dấu phẩy.",
    movedInWithoutStart:
      "{table}: đơn vị {value} ghi Chuyển đến từ nhưng không ghi Hiệu lực từ. Hãy ghi ngày đơn vị chuyển đến vào cột Hiệu lực từ: dự toán năm của đơn vị được tính từ ngày đó; nếu đơn vị không chuyển đến, để trống cột Chuyển đến từ.",
    movedInFromItself:
      "{table}: đơn vị {value} ghi Chuyển đến từ là chính mã hoặc tên của đơn vị. Hãy ghi mã hoặc tên đơn vị cấp trên cũ mà đơn vị chuyển đến từ đó; nếu đơn vị thành lập mới, để trống cột Chuyển đến từ: dự toán của đơn vị thành lập mới được tính nguyên, của đơn vị chuyển đến được tính theo số ngày.",
    successorsWithoutEnd:
      "{table}: đơn vị {value} có đơn vị tiếp nhận nhưng không ghi Hiệu lực đến (ngày giải thể); hãy ghi ngày đó, nếu không đơn vị được coi là vẫn hoạt động.",
    badYesNo: '{table}: cột "{column}" ghi "{value}"; chỉ ghi Có hoặc Không (để trống là Không).',
    unknownTargetPeriod:
      "{table}: kỳ {value} không có trong bảng Kỳ báo cáo (TD_Periods); để trống nếu mức giao áp dụng cho mọi kỳ.",
    badTarget:
      '{table}: chỉ tiêu "{column}" có giá trị không hợp lệ: "{value}". Ghi một số: số đếm là số nguyên, không dấu phân cách (120, "ít nhất 01"); tỷ lệ ghi 70%, 70 hoặc 0,7; không giao thì ghi - (Không áp dụng).',
    implausibleRate:
      '{table}: chỉ tiêu tỷ lệ "{column}" ghi "{value}", được đọc là {read}, có lẽ ghi nhầm (tỷ lệ thường từ 5% đến 200%); ví dụ muốn 105% thì ghi 105% hoặc 105.',
    unknownTarget:
      '{table}: chỉ tiêu "{value}" không có trong danh mục (ghi tên hoặc mã chỉ tiêu như ở trang tính Chỉ tiêu giao).',
    pointsNotPositive: '{table}: điểm "{value}" phải là số dương.',
    pointsTooLarge: '{table}: điểm "{value}" lớn hơn {max}.',
    totalPointsTooLarge: "{table}: tổng điểm và điểm thưởng tối đa lớn hơn {max}.",
    targetNotGiven:
      '{table}: chỉ tiêu "{value}" được {points} điểm nhưng không đơn vị nào được giao (dòng * của bảng Chỉ tiêu giao để trống, không đơn vị nào có mức riêng), nên {points} điểm này không tính cho đơn vị nào. Giao chỉ tiêu, hoặc bỏ dòng này.',
    periodRowOutranksNotApplicable:
      '{table}: dòng * của kỳ {period} giao chỉ tiêu "{value}" cho mọi đơn vị trong kỳ đó, kể cả {units} là đơn vị mà dòng của mình ghi không áp dụng (-) cho mọi kỳ: trong kỳ {period}, các đơn vị ấy được giao mức này. Nếu chỉ tiêu vẫn không áp dụng cho các đơn vị ấy, hãy thêm dòng của từng đơn vị cho kỳ {period} và ghi "-" ở cột chỉ tiêu này.',
    pointsNot100:
      "{table}: các chỉ tiêu cộng lại được {total} điểm, không phải 100 (chưa kể điểm thưởng). Điểm của đơn vị vẫn quy về thang 100; xem lại nếu kế hoạch chấm theo thang 100 điểm.",
    noDue: "{table}: kỳ {value} không có hạn nộp nên không báo cáo nào bị tính là nộp muộn.",
    unknownMethod: '{table}: cách tính "{value}" không hợp lệ; chọn một trong: {methods}.',
    badCap: '{table}: điểm thưởng tối đa "{value}" phải là số không âm.',
    capRequired: '{table}: cách tính "Có điểm thưởng" cần ghi số ở cột "Điểm thưởng tối đa".',
    badBloc: '{table}: tên cụm "{value}" không được chứa *, ? hoặc ~.',
    badScore: '{table}: điểm tối thiểu "{value}" phải là số từ 0 đến 100.',
    gradesNotDescending: "{table}: các mức xếp loại phải theo thứ tự điểm giảm dần.",
    noPeriods: 'Trang tính "{table}" (bảng TD_Periods) chưa có kỳ báo cáo nào.',
    noUnits:
      'Trang tính "{table}" (bảng TD_Units) chưa có đơn vị nào, nên không biết được đơn vị nào thiếu báo cáo.',
    tooManyRows: "{table}: quá {max} hàng.",
    badText: "{table}: ô {column} {reason}.",
    sameGrade: '{table}: mức xếp loại "{value}" trông giống hệt mức "{first}".',
    unknownScope: '{table}: phạm vi "{value}" không hợp lệ; chọn một trong: {scopes}.',
    badCount: '{table}: số lượng "{value}" phải là số nguyên dương.',
    unknownGrade: '{table}: xếp loại "{value}" không có trong bảng xếp loại; chọn một trong: {grades}.',
    badMinScore: '{table}: điểm tối thiểu "{value}" phải là số không âm.',
    noBlocs: "{table}: khen thưởng theo cụm nhưng chưa đơn vị nào có cụm thi đua, nên không có đề nghị.",
    badIndicatorCode:
      '{table}: mã chỉ tiêu "{value}" không hợp lệ (chữ cái không dấu, chữ số và "_", tối đa 40 ký tự).',
    catalogCode:
      '{table}: mã chỉ tiêu "{value}" bắt đầu như mã một biểu của danh mục (B01_ đến B05_); chọn mã khác.',
    shadowsCatalog:
      '{table}: "{value}" trùng mã hoặc tên chỉ tiêu "{target}" của danh mục; chỉ tiêu riêng không được thay chỉ tiêu của danh mục.',
    unknownIndicatorKind: '{table}: loại chỉ tiêu "{value}" không hợp lệ; chọn một trong: {kinds}.',
    badRatioPart:
      '{table}: tỷ lệ {value} cần ở cột {column} mã của một chỉ tiêu khác trong bảng, không phải tỷ lệ; "{part}" không phải.',
    partsIgnored: "{table}: {value} không phải tỷ lệ nên cột {column} không được dùng.",
    badFigureSource:
      '{table}: chỉ tiêu {value} loại Số của biểu cần ở cột {column} một ô số (không phải tỷ lệ) của Biểu 01 đến Biểu 04, ghi tên dòng của số đó như biểu in (ví dụ Tổng số công đoàn cơ sở) hoặc tên ô bỏ TD_; "{source}" không phải.',
    sourceIgnored: "{table}: {value} không phải loại Số của biểu nên cột {column} không được dùng.",
    badRequired: '{table}: cột {column} ghi "{value}"; ghi Có hoặc Không.',
    tooManyIndicators: "{table}: quá {max} chỉ tiêu riêng.",
    unknownSubRowForm:
      '{table}: cột {column} ghi "{value}", không phải Biểu 01, 02, 03 hay 04; ghi ví dụ Biểu 03.',
    unknownParentRow:
      '{table}: {form} không có dòng "{value}"; ghi tên dòng như biểu in (ví dụ {example}) hoặc mã dòng.',
    parentNotSplittable:
      '{table}: dòng "{value}" của {form} là dòng tính sẵn (tổng cộng, tỷ lệ) hoặc số đầu kỳ, cuối kỳ nên không chia được; chỉ chia dòng đơn vị tự nhập số, ví dụ {example}.',
    badSubRowCode:
      '{table}: mã dòng "{value}" không hợp lệ (chữ cái không dấu, chữ số và "_", tối đa 40 ký tự).',
    subRowClash: "{table}: dòng mới {value} của {form} trùng tên ô {name} đã có trong biểu; chọn mã khác.",
    singleSubRow:
      '{table}: dòng "{value}" của {form} chỉ chia thành một dòng ({code}), tức là nhập lại đúng số của dòng đó; cần ít nhất hai dòng (thêm dòng cho phần còn lại, ví dụ Khu vực khác) để dòng gốc là tổng của chúng.',
    tooManySubRows: "{table}: quá {max} dòng chia thêm.",
  },
  campaignColumns: {
    periods: { id: "Mã kỳ", label: "Tên kỳ", start: "Từ ngày", end: "Đến ngày", due: "Hạn nộp" },
    units: {
      code: "Mã đơn vị",
      name: "Tên đơn vị",
      kind: "Loại đơn vị",
      parent: "Đơn vị cấp trên",
      bloc: "Cụm thi đua",
      valid_from: "Hiệu lực từ",
      valid_to: "Hiệu lực đến",
      received: "Ngày nhận báo cáo",
      corrections: "Số lần nộp lại",
      successors: "Đơn vị tiếp nhận",
      moved_in_from: "Chuyển đến từ",
    },
    targets: { unit: "Mã đơn vị", period: "Mã kỳ" },
    scoring: { target: "Chỉ tiêu", points: "Điểm", method: "Cách tính", cap: "Điểm thưởng tối đa" },
    grades: { grade: "Xếp loại", min_score: "Điểm tối thiểu" },
    awards: {
      award: "Hình thức",
      scope: "Phạm vi",
      count: "Số lượng",
      min_grade: "Xếp loại tối thiểu",
      min_score: "Điểm tối thiểu",
      whole_period: "Phải tồn tại cả kỳ",
      subject: "Đối tượng",
      min_direct_share: "Tỷ lệ trực tiếp sản xuất tối thiểu",
      upward: "Đề nghị cấp trên khen",
    },
    indicators: {
      code: "Mã chỉ tiêu",
      name: "Tên chỉ tiêu",
      name_en: "Tên tiếng Anh",
      kind: "Loại",
      numerator: "Tử số",
      denominator: "Mẫu số",
      unit: "Đơn vị tính",
      required: "Bắt buộc",
      source: "Lấy từ ô",
    },
    parent: { code: "Mã đơn vị tổng hợp", name: "Tên đơn vị tổng hợp", kind: "Loại đơn vị" },
    deadlines: { period: "Mã kỳ", kind: "Loại đơn vị", unit: "Mã đơn vị", due: "Hạn nộp" },
    subRows: {
      form: "Biểu",
      parent: "Dòng gốc",
      code: "Mã dòng mới",
      name: "Tên dòng",
      name_en: "Tên tiếng Anh",
    },
  },
  indicatorKinds: {
    flow: "Số phát sinh trong kỳ",
    stock: "Số tại thời điểm",
    plan: "Kế hoạch",
    ratio: "Tỷ lệ",
    figure: "Số của biểu",
    yesno: "Có/Không",
  },
  awardScopes: {
    province: "Toàn tỉnh",
    bloc: "Mỗi cụm",
  },
  scoringMethods: {
    pass_fail: "Đạt / Chưa đạt",
    proportional: "Theo tỷ lệ hoàn thành",
    bonus: "Có điểm thưởng",
  },
  penaltyMethods: {
    late_day: "Điểm trừ / ngày trễ",
    correction: "Điểm trừ / lần nộp lại",
  },
  campaignSheets: {
    periodsSheet: "Kỳ báo cáo",
    periodsHelp:
      "Mỗi kỳ một dòng: mã kỳ (ví dụ 2025-D1), tên kỳ, từ ngày, đến ngày, hạn nộp báo cáo. Thêm dòng cho đợt thi đua ngắn, quý, sơ kết, tổng kết. Bảng bên phải (có thể để trống): hạn nộp riêng của một loại đơn vị hoặc của một đơn vị trong một kỳ; mỗi dòng ghi loại đơn vị hoặc mã đơn vị. Hạn của đơn vị được dùng trước, rồi hạn của loại đơn vị, rồi hạn nộp của kỳ.",
    unitsSheet: "Đơn vị",
    unitsHelp:
      "Mỗi đơn vị phải báo cáo một dòng. Loại đơn vị, đơn vị cấp trên và cụm thi đua chọn trong danh sách thả xuống. Hiệu lực từ/đến: khi đơn vị thành lập, sáp nhập, giải thể. Có thể thêm cột Ngày nhận báo cáo và cột Số lần nộp lại (số lần đơn vị phải gửi lại báo cáo đã sửa trong kỳ tổng hợp, dùng cho điểm trừ). Đơn vị tiếp nhận: mã các đơn vị nhận lại đơn vị đã giải thể, cách nhau bằng dấu phẩy. Chuyển đến từ: mã hoặc tên đơn vị cũ của đơn vị chuyển đến (Hiệu lực từ là ngày chuyển đến; dự toán nhập là dự toán cả năm, được tính theo số ngày thuộc đơn vị này); để trống với đơn vị thành lập mới.",
    targetsSheet: "Chỉ tiêu giao",
    targetsHelp:
      'Dòng "*": mức mặc định của tỉnh. Mỗi đơn vị một dòng: để trống = theo mặc định, "-" = không áp dụng. Tỷ lệ ghi 70% hoặc 0,7. Mã kỳ để trống: mức giao cho mọi kỳ (mức năm); ghi mã một kỳ (đợt thi đua ngắn, sơ kết 05 năm): dòng đó thay mức năm trong kỳ ấy, ô để trống vẫn theo mức năm.',
    scoringSheet: "Bảng chấm điểm",
    scoringHelp:
      "Cách tính: Đạt / Chưa đạt (đạt thì đủ điểm), Theo tỷ lệ hoàn thành (điểm × kết quả ÷ chỉ tiêu), Có điểm thưởng (như theo tỷ lệ, cộng điểm khi vượt, tối đa bằng điểm thưởng tối đa). Điểm trừ / ngày trễ và Điểm trừ / lần nộp lại: để trống cột Chỉ tiêu, ghi số điểm trừ mỗi ngày hoặc mỗi lần, cột tối đa là số điểm trừ nhiều nhất (để trống: không giới hạn); điểm trừ lấy vào điểm tổng sau khi quy về thang 100 và cộng điểm thưởng, điểm không dưới 0. Bảng xếp loại: điểm tối thiểu, giảm dần.",
    awardsSheet: "Khen thưởng",
    awardsHelp:
      "Mỗi hình thức khen thưởng một dòng, hình thức cao trước: Hình thức (Cờ thi đua, Bằng khen…), Phạm vi (Toàn tỉnh, hoặc Toàn huyện, Toàn ngành theo loại của đơn vị tổng hợp; hoặc Mỗi cụm), Số lượng, Xếp loại tối thiểu và Điểm tối thiểu (có thể bỏ trống), Phải tồn tại cả kỳ (Có: đơn vị thành lập hoặc giải thể trong kỳ không được đề nghị; để trống là Không). Đơn vị đã được đề nghị hình thức ở dòng trên không được đề nghị lại. Đối tượng: Đơn vị (để trống cũng là đơn vị, xét theo điểm), Cá nhân hoặc Công trình, sáng kiến (đơn vị đề nghị ở trang tính Đề nghị khen thưởng của biểu mẫu; phạm vi có thể là Mỗi đơn vị, số lượng để trống là không giới hạn, có thể ghi tỷ lệ trực tiếp sản xuất tối thiểu; Đề nghị cấp trên khen: Có khi hình thức do cấp trên tặng, như Bằng Lao động sáng tạo, thì các đề nghị ấy được chép vào trang Đề nghị khen thưởng của báo cáo gửi cấp trên).",
    parentSheet: "Đơn vị tổng hợp",
    parentHelp:
      "Đơn vị của tỉnh, đơn vị tổng hợp báo cáo của các đơn vị trên: mã và tên ghi trên bảng tổng hợp và trên các biểu gửi cấp trên (ví dụ LDLD_DN, Liên đoàn Lao động tỉnh Đồng Nai). Loại đơn vị (có thể để trống là LĐLĐ tỉnh): LĐLĐ huyện, Công đoàn ngành… thì bảng tổng hợp ghi toàn huyện, toàn ngành… thay cho toàn tỉnh. Một dòng.",
    indicatorsSheet: "Chỉ tiêu riêng",
    subRowsSheet: "Chia dòng",
    subRowsHelp:
      "Chia một dòng của Biểu 01–04 thành các dòng nhỏ (ví dụ thu kinh phí theo khu vực). Mỗi dòng mới một dòng bảng: Biểu (ví dụ Biểu 03), Dòng gốc (tên dòng như biểu in, ví dụ Kinh phí công đoàn (2%)), Mã dòng mới (chữ cái không dấu, chữ số, dấu _, ví dụ sxkd), Tên dòng (ví dụ Khu vực sản xuất kinh doanh), Tên tiếng Anh (có thể bỏ trống). Mỗi dòng gốc chia ít nhất hai dòng; đơn vị nhập số ở các dòng mới, dòng gốc tự cộng. Chỉ chia dòng đơn vị tự nhập số, không chia dòng tổng cộng hay tỷ lệ. Giao chỉ tiêu cho dòng mới: thêm ở Chỉ tiêu riêng một dòng loại Số của biểu, Lấy từ ô ghi tên ô bỏ TD_ (ví dụ B03_union_funding_sxkd_collected). Bảng để trống: biểu giữ nguyên.",
    yes: "Có",
    no: "Không",
    indicatorsHelp:
      "Chỉ tiêu riêng của tỉnh; các chỉ tiêu này tạo thành Biểu 05 trong biểu mẫu của mọi đơn vị. Mã chỉ tiêu: chữ cái không dấu, chữ số, dấu _. Loại: Số phát sinh trong kỳ (cộng các đợt), Số tại thời điểm (lấy số cuối kỳ), Kế hoạch (không cộng các đợt), Tỷ lệ (ghi mã tử số và mẫu số), Có/Không (đơn vị tự thực hiện hay chưa, nhập 1 hoặc 0; tổng hợp là số đơn vị đã thực hiện), Số của biểu (một số của Biểu 01–04: ghi ở cột Lấy từ ô tên dòng của số đó như biểu in, ví dụ Tổng số công đoàn cơ sở, hoặc tên ô bỏ TD_; đơn vị chỉ nhập ở biểu đó, Biểu 05 tự lấy, để giao chỉ tiêu, chấm điểm hoặc làm tử số, mẫu số của tỷ lệ). Bắt buộc: Có hoặc Không. Giao chỉ tiêu ở trang tính Chỉ tiêu giao (cột B05_mã), chấm điểm ở Bảng chấm điểm. Bảng để trống: biểu mẫu không có Biểu 05.",
    guideSheet: "Hướng dẫn",
    guideTitle: "TỆP KẾ HOẠCH THI ĐUA — HƯỚNG DẪN",
    guideIntro:
      "Tệp này là kế hoạch thi đua của tỉnh: các kỳ báo cáo, đơn vị phải báo cáo, chỉ tiêu giao, cách chấm điểm và xếp loại. Sửa số liệu trong các bảng (giữ nguyên tên bảng TD_…), rồi chọn tệp này trong Thi Đua để tạo biểu mẫu cho từng đơn vị và tổng hợp.",
    guideSteps:
      '1. Kỳ báo cáo: sửa ngày và hạn nộp; hạn nộp riêng của một loại đơn vị hoặc một đơn vị ghi ở bảng bên phải.|2. Đơn vị: mỗi đơn vị một dòng; chọn loại đơn vị, đơn vị cấp trên, cụm thi đua trong danh sách thả xuống.|3. Đơn vị tổng hợp: mã và tên đơn vị của tỉnh, ghi trên bảng tổng hợp và các biểu gửi cấp trên.|4. Chỉ tiêu giao: dòng "*" là mức chung của tỉnh; đơn vị được giao mức khác thì ghi riêng ở dòng của đơn vị, ghi "-" nếu không áp dụng; mức riêng của một kỳ (đợt 90 ngày, sơ kết 05 năm) ghi ở dòng có Mã kỳ.|5. Bảng chấm điểm: điểm và cách tính của từng chỉ tiêu, thêm dòng điểm trừ (nộp muộn, nộp lại) nếu kế hoạch có; bảng xếp loại theo điểm tối thiểu.|6. Khen thưởng: mỗi hình thức một dòng, hình thức cao trước; phạm vi, số lượng, xếp loại và điểm tối thiểu.|7. Chia dòng (nếu kế hoạch cần số liệu chi tiết hơn biểu): chia một dòng đơn vị tự nhập của Biểu 01–04 thành ít nhất hai dòng, ví dụ dòng Kinh phí công đoàn (2%) của Biểu 03 thành khu vực sản xuất kinh doanh, doanh nghiệp chưa có công đoàn, khu vực hành chính sự nghiệp; đơn vị nhập số ở các dòng mới, dòng gốc tự cộng; muốn giao chỉ tiêu cho dòng mới thì thêm ở Chỉ tiêu riêng một dòng loại Số của biểu.|8. Kiểm tra tệp: chọn tệp này trong Thi Đua (mục Biểu mẫu) hoặc chạy thidua campaign check; mọi chỗ sai được chỉ rõ trang tính và ô.',
    guideLists:
      "Danh sách cho các ô thả xuống. Thêm cụm thi đua hoặc đơn vị cấp trên mới: gõ thẳng vào bảng, Excel hỏi lại một lần rồi nhận.",
    listKinds: "Loại đơn vị",
    listMethods: "Cách tính",
    listTargets: "Chỉ tiêu",
    listBlocs: "Cụm thi đua",
    listParents: "Mã đơn vị cấp trên",
    listScopes: "Phạm vi khen thưởng",
    listGrades: "Xếp loại",
    listSubjects: "Đối tượng khen thưởng",
    listIndicatorKinds: "Loại chỉ tiêu riêng",
    listPeriods: "Mã kỳ",
    listYesNo: "Có / Không",
    listTitle: "Chọn trong danh sách",
    listHelp: "Chọn một giá trị trong danh sách thả xuống (danh sách ở trang tính Hướng dẫn).",
  },
  form: {
    identity: "Đơn vị báo cáo: {unit} — Kỳ báo cáo: {period}",
    due: " — Hạn nộp: {due}",
    indicator: "Chỉ tiêu",
    targets: "Nội dung chỉ tiêu",
    target: "Mức chỉ tiêu giao",
    result: "Kết quả",
    assessment: "Đánh giá",
    met: "Đạt",
    notMet: "Chưa đạt",
    notApplicable: "Không áp dụng",
    yearToDate:
      'Các dòng có ghi "(lũy kế từ đầu năm)": nhập số tính từ ngày 01/01 đến hết kỳ báo cáo, gồm cả các đợt trước; mỗi đơn vị, mỗi người chỉ tính một lần.',
    budgetPartYear:
      'Đơn vị tồn tại {dates} (theo danh sách đơn vị: {days}/{of} ngày của năm {year}). Cột "Dự toán năm được giao": nhập dự toán của cả năm {year}, như đơn vị hoạt động cả năm; khi tổng hợp, dự toán được tính {days}/{of}. Nếu đơn vị chỉ được giao dự toán cho {dates}, hãy nhập số đó × {of} ÷ {days}: nhập nguyên số đó thì dự toán bị tính theo số ngày hai lần.',
    budgetMovedIn:
      'Đơn vị chuyển đến ngày {start} từ {previous} (theo danh sách đơn vị: thuộc đơn vị tổng hợp này {dates}, {days}/{of} ngày của năm {year}). Cột "Dự toán năm được giao": nhập Dự toán năm {year} được giao cho đơn vị ({yearSpan}), như ghi trên quyết định giao dự toán, kể cả phần trước khi chuyển đến; không nhập riêng dự toán cho {dates}. Khi tổng hợp, dự toán được tính {days}/{of}.',
    movedInOn: "Đơn vị chuyển đến ngày {start} từ {previous} (theo danh sách đơn vị).",
    collectedFromMove:
      "Số đã thu: chỉ ghi phần thu từ {start}; phần thu trước khi chuyển đến đã báo cáo cho {previous}.",
    flowsFromMove:
      "Số phát sinh trong kỳ và số lũy kế từ đầu năm: chỉ tính từ {start}; phần trước khi chuyển đến đã báo cáo cho {previous}.",
    yearToDateFromMove:
      'Các dòng có ghi "(lũy kế từ đầu năm)": chỉ tính từ {start}; phần trước khi chuyển đến đã báo cáo cho {previous}.',
    budgetFounded:
      'Đơn vị thành lập từ {start} (theo danh sách đơn vị). Cột "Dự toán năm được giao": nhập dự toán được giao cho đơn vị từ {start} đến {end}, như ghi trên quyết định giao dự toán; không quy ra cả năm. Khi tổng hợp, dự toán này được tính nguyên.',
    budgetFoundedPart:
      'Đơn vị tồn tại {dates} (theo danh sách đơn vị). Cột "Dự toán năm được giao": nhập dự toán được giao cho đơn vị từ {start} đến {end}, như ghi trên quyết định giao dự toán; không quy ra cả năm. Khi tổng hợp, dự toán này được tính {days}/{covers} (số ngày đơn vị tồn tại trên số ngày từ {start} đến {end}).',
    invalidFigureTitle: "Số không hợp lệ",
    invalidFigureHelp: "Nhập số nguyên không âm (không nhập chữ, số thập phân hay số âm).",
    invalidYesNoHelp: "Nhập 1 nếu đơn vị đã thực hiện (Có), 0 nếu chưa (Không).",
    metaSheet: "Thông tin báo cáo (ẩn)",
  },
  selfCheck: {
    sheet: "Kiểm tra",
    title: "KIỂM TRA BIỂU MẪU TRƯỚC KHI GỬI",
    errors: "Số lỗi",
    ok: "Không có lỗi — có thể gửi",
    errorsLeft: "Còn {count} lỗi — xem trang tính Kiểm tra",
    legend:
      "Trang tính này tự tính lại khi nhập số liệu: ✓ đúng · ✗ lỗi, cần sửa · ⚠ cần xem lại · — chưa đủ số liệu để kiểm tra. Ô màu cam trên biểu: bắt buộc, chưa nhập; ô màu đỏ: sai; ô màu xanh lam: cần xem lại.",
    onSubmission:
      "Khi nhận báo cáo, cấp trên dùng Thi Đua kiểm tra thêm đơn vị, kỳ báo cáo, phiên bản biểu mẫu và chính tệp (công thức bị sửa, ô bị ẩn, định dạng gây hiểu nhầm). Sửa công thức ở trang tính này không làm báo cáo hết lỗi.",
    form: "Biểu",
    cell: "Ô",
    check: "Dòng của biểu (hoặc quy tắc kiểm tra)",
    checkEn: "Cột của biểu — phải là số nguyên ≥ 0 (với quy tắc: bản tiếng Anh)",
    result: "Kết quả",
    counted: "Lỗi",
    figure: "Số dùng để kiểm tra",
    marks: "Ký hiệu",
    optional: "{label} (không bắt buộc; để trống được tính là 0)",
    blank: "✗ chưa nhập",
    notNumber: "✗ không phải số",
    tooLarge: "✗ số quá lớn",
    negative: "✗ số âm",
    fraction: "✗ không phải số nguyên",
    broken: "✗ sai quy tắc",
    review: "⚠ cần xem lại",
    spaces: "✗ có dấu cách/ký tự ẩn: hãy xóa hẳn",
    formula: "⚠ là công thức: hãy nhập số",
    moneySmall: "⚠ số tiền rất nhỏ: ghi bằng đồng?",
    nominationNoName:
      "Đề nghị khen thưởng: dòng có nội dung nhưng thiếu họ tên hoặc tên công trình, sáng kiến",
    nominationNoAward: "Đề nghị khen thưởng: dòng có tên nhưng chưa chọn hình thức đề nghị",
    nominationNoDirect:
      "Đề nghị khen thưởng: dòng có tên nhưng chưa chọn Có hoặc Không ở cột trực tiếp sản xuất",
    nominationBadValue: "Đề nghị khen thưởng: giá trị làm lợi không phải số đồng, hoặc là số âm",
    nominationLines: "✗ {count} dòng",
    listFlags: "Dòng đề nghị khen thưởng có lỗi (1)",
  },
  period: {
    round: "Đợt {round} năm {year} ({span})",
    wholeYear: "Cả năm {year} ({span})",
    /** Whose report and for when, as a checked file's verdict says it. */
    reportAbout: "{unit} ({code}), {period}",
  },
  print: {
    page: "Trang {page}/{pages}",
    about: "{unit} — {period}",
    dateLine: "……, ngày …… tháng …… năm ……",
    preparer: "NGƯỜI LẬP BIỂU",
    preparerSigns: "(Ký, ghi rõ họ tên)",
    head: "THỦ TRƯỞNG ĐƠN VỊ",
    headSigns: "(Ký, ghi rõ họ tên, đóng dấu)",
  },
  unitKind: {
    commune: "Công đoàn xã, phường, đặc khu",
    industrial_park: "Công đoàn khu công nghiệp",
    sector: "Công đoàn ngành và tương đương",
    grassroots_direct: "CĐCS trực thuộc",
    district_legacy: "LĐLĐ huyện (trước 01/7/2025)",
    federation: "Liên đoàn Lao động",
  },
  summaryLevels: {
    federation: "toàn tỉnh",
    district_legacy: "toàn huyện",
    sector: "toàn ngành",
    industrial_park: "toàn khu công nghiệp",
    commune: "toàn đơn vị",
    grassroots_direct: "toàn đơn vị",
  },
  unitKindBeforeReform: {
    district_legacy: "LĐLĐ huyện",
  },
  summary: {
    overviewSheet: "Tổng hợp",
    chartSheet: "Biểu đồ",
    scoringSheet: "Chấm điểm",
    blocSheet: "Xếp hạng cụm",
    statusSheet: "Tình trạng nộp",
    roundsSheet: "Từng đợt",
    warningsSheet: "Cảnh báo",
    rejectedSheet: "Tệp bị loại",
    duplicatesSheet: "Báo cáo trùng",
    blanksSheet: "Số liệu để trống",
    dataSheet: "Số liệu từng đơn vị (cho kỳ sau)",
    title: "TỔNG HỢP KẾT QUẢ THI ĐUA — {period}",
    parent: "Đơn vị tổng hợp: {name} ({code})",
    counts:
      "Đã nhận: {received} · Thiếu báo cáo: {missing} · Báo cáo trùng: {duplicates} · Bị loại: {rejected}",
    comparedWith: "So với kỳ trước: {period}",
    no: "STT",
    unitCode: "Mã đơn vị",
    unitName: "Tên đơn vị",
    unitKind: "Loại đơn vị",
    bloc: "Cụm",
    target: "Chỉ tiêu",
    result: "Kết quả",
    assessment: "Đánh giá",
    previousResult: "Kết quả kỳ trước",
    change: "Tăng giảm",
    score: "Điểm",
    grade: "Xếp loại",
    blocRank: "Hạng trong cụm",
    rank: "Hạng chung",
    chartTitle: "Điểm thi đua theo đơn vị",
    sourceFile: "Tệp nguồn",
    sha256: "Mã kiểm tra tệp (SHA-256)",
    total: "Tổng cộng",
    partial: "Báo cáo chưa đủ: thiếu {gaps}",
    note: "Ghi chú",
    scoringTitle: "Bảng chấm điểm",
    gradesTitle: "Xếp loại theo điểm",
    unitPointsTitle: "Điểm từng đơn vị",
    points: "Điểm",
    method: "Cách tính",
    cap: "Điểm thưởng tối đa",
    minScore: "Điểm tối thiểu",
    earnedPoints: "Điểm đạt (chưa kể điểm thưởng)",
    bonusPoints: "Điểm thưởng",
    possiblePoints: "Điểm tối đa",
    capBoth: "Điểm thưởng, điểm trừ tối đa",
    penalty: { late_day: "Nộp muộn", correction: "Nộp lại" },
    penaltyCount: { late_day: "Số ngày trễ", correction: "Số lần nộp lại" },
    penaltyPoints: "Điểm trừ",
    penaltyTotal: "Tổng điểm trừ",
    penaltyReason: "Lý do trừ điểm",
    penaltyReasons: {
      late_day: "Nộp muộn {count} ngày: −{points} điểm",
      correction: "Nộp lại {count} lần: −{points} điểm",
    },
    penaltyAtCap: " (mức trừ tối đa)",
    noBloc: "Chưa xếp cụm",
    expectedTitle: "Danh sách đơn vị",
    status: "Tình trạng",
    due: "Hạn nộp",
    received: "Ngày nhận",
    daysLate: "Số ngày trễ",
    gaps: "Đợt, khoảng thời gian chưa báo cáo",
    rejectedElsewhere: "{count} tệp, ở trang {sheet}",
    rejectedTitle: "Tệp bị loại (lý do)",
    reason: "Lý do",
    reasonEn: "Lý do (tiếng Anh)",
    duplicatesTitle: "Báo cáo trùng",
    duplicatesElsewhere: "{count} đơn vị gửi trùng, ở trang {sheet}",
    blanksElsewhere: "{count} số liệu để trống của {units} đơn vị, ở trang {sheet}",
    warningsTitle: "Cảnh báo theo đơn vị (số liệu cần xem lại, vẫn được tổng hợp)",
    warningsElsewhere: "{count} cảnh báo của {units} đơn vị, ở trang {sheet}",
    warning: "Cảnh báo",
    warningEn: "Cảnh báo (tiếng Anh)",
    place: "Trang tính!Ô",
    everyFigure: "Mọi số liệu của biểu (đơn vị không gửi biểu, hoặc để trống cả biểu)",
    everyFigureRoundMissing:
      "Mọi số liệu của biểu (đơn vị không báo cáo đợt có các số này: xem cột Đợt, khoảng thời gian chưa báo cáo ở trang Tình trạng nộp)",
    unreportedTitle: "Số liệu đơn vị để trống (tổng cộng chỉ gồm các đơn vị đã báo cáo)",
    template: "Biểu",
    indicator: "Chỉ tiêu",
    period: "Kỳ",
    kept: "Tệp được dùng (mới nhất)",
    dropped: "Tệp không dùng",
    none: "(không có)",
    noList:
      "Chưa có danh sách đơn vị phải nộp: không biết được đơn vị nào thiếu báo cáo. Hãy chọn tệp kế hoạch thi đua (bảng TD_Units) hoặc danh sách đơn vị (.csv) rồi tổng hợp lại.",
    missingUnknown: "chưa biết (chưa có danh sách đơn vị)",
    stocksAtStart:
      "Số đầu kỳ ở dòng Tổng cộng (đoàn viên, CĐCS đầu kỳ) chỉ cộng các đơn vị đang hoạt động ngày {date}; không tính {units} (thành lập hoặc bắt đầu báo cáo sau ngày đó; số đầu kỳ ở dòng của đơn vị là số tại ngày bắt đầu).",
    roundsTitle:
      "Hạn nộp, ngày nhận và số ngày trễ từng đợt (Tình trạng nộp: hạn nộp của đợt cuối, số ngày trễ nhiều nhất)",
    countTargetScope:
      'Chỉ tiêu "{target}" ở dòng Tổng cộng: chỉ tiêu {goal} là tổng mức giao của các đơn vị được giao; kết quả {all} là của mọi đơn vị, kể cả các đơn vị không được giao chỉ tiêu này ({units}), và được so với chỉ tiêu đó như trên biểu gửi cấp trên.',
    countTargetMissing:
      'Chỉ tiêu "{target}" ở dòng Tổng cộng: {goal} chỉ cộng mức giao của các đơn vị có báo cáo được tổng hợp; chưa tính {units} (thiếu báo cáo hoặc tệp bị loại), được giao {missing}, nên mức giao của tất cả các đơn vị là {assigned}. Kết quả ở dòng Tổng cộng cũng chỉ gồm các đơn vị có báo cáo và được so với {goal}; khi nhận đủ báo cáo, hãy tổng hợp lại.',
    rateTargetProvince:
      'Chỉ tiêu "{target}" ở dòng Tổng cộng: các đơn vị được giao mức khác nhau ({assigned}); mức ở dòng Tổng cộng là mức chung của kế hoạch, {goal} (dòng * của bảng Chỉ tiêu giao), so với tỷ lệ tính trên tổng của mọi đơn vị.',
    rateTargetMostCommon:
      'Chỉ tiêu "{target}" ở dòng Tổng cộng: các đơn vị được giao mức khác nhau ({assigned}) và kế hoạch không đặt mức chung; mức ở dòng Tổng cộng là mức được giao cho nhiều đơn vị nhất, {goal} (bằng nhau thì lấy mức cao hơn), so với tỷ lệ tính trên tổng của mọi đơn vị.',
    endedUnit: "Đơn vị giải thể trong kỳ — {code} {name}: {ended}.",
    previousSetAside:
      "Bảng tổng hợp kỳ trước đã chọn là của {previous}, không phải của một kỳ trước {period}: không so sánh với nó (không có kết quả kỳ trước, không cảnh báo số liệu thay đổi bất thường). Hãy chọn bảng tổng hợp của kỳ liền trước rồi tổng hợp lại.",
    planYears:
      "Dự toán (kế hoạch năm) của kỳ này là tổng dự toán các năm {years}, mỗi năm lấy theo báo cáo đợt cuối cùng trong năm đó; tỷ lệ thực hiện cả kỳ = tổng số thu cả kỳ ÷ tổng dự toán các năm (đợt chưa hết năm là tiến độ so với dự toán năm).",
    planProrated:
      "Dự toán năm của {units} tính theo số ngày đơn vị tồn tại trong năm (Hiệu lực từ, đến của danh sách đơn vị): dự toán đơn vị nhập × số ngày tồn tại trong năm (đơn vị chuyển đến: số ngày từ ngày chuyển đến) ÷ số ngày dự toán đó tính cho (từ ngày 01/01, hoặc từ ngày thành lập nếu đơn vị thành lập trong năm, đến 31/12; báo cáo lập từ biểu mẫu cũ: cả năm), làm tròn đến đồng.",
    planUndated:
      "Dự toán năm của {units} tính cả năm dù báo cáo của các đơn vị này chỉ gồm một phần năm: không có danh sách đơn vị ghi ngày thành lập, giải thể. Nếu các đơn vị này chỉ tồn tại trong thời gian đã báo cáo, dự toán ở dòng Tổng cộng bị tính thừa và tỷ lệ thực hiện thấp hơn thực tế; hãy tổng hợp lại với danh sách đơn vị có Hiệu lực từ, đến (xem Cảnh báo).",
    stocksAtEnd:
      "Số cuối kỳ ở dòng Tổng cộng (mọi số tính tại ngày cuối kỳ: đoàn viên, CĐCS, CNVCLĐ, doanh nghiệp, TƯLĐTT, CBCCVC cuối kỳ, các số lũy kế từ đầu năm của Biểu 04, các chỉ tiêu riêng tính tại một ngày của Biểu 05, và các tỷ lệ tính từ chúng) chỉ cộng các đơn vị còn hoạt động ngày {date}; không tính {units} (giải thể, sáp nhập trước ngày đó; số cuối kỳ ở dòng của đơn vị là số tại ngày kết thúc).",
  },
  awards: {
    sheet: "Đề nghị khen thưởng",
    unitsSheet: "Đề nghị khen thưởng đơn vị",
    proposalsTitle: "Danh sách đề nghị khen thưởng",
    notEligibleTitle: "Đơn vị không đủ điều kiện đề nghị khen thưởng",
    award: "Hình thức",
    scope: "Phạm vi",
    rank: "Thứ hạng (trong cụm hoặc {level}, theo phạm vi)",
    rule: "Căn cứ đề nghị",
    reason: "Lý do",
    noProposal: "(không có đơn vị đủ điều kiện)",
    provinceRank: "hạng {rank} {level}",
    blocRank: "hạng {rank} {bloc}",
    gradeAtLeast: "xếp loại {grade} (yêu cầu: từ {min} trở lên)",
    scoreAtLeast: "{score} điểm (yêu cầu: từ {min} điểm trở lên)",
    tied: "bằng điểm đơn vị ở vị trí cuối cùng, nên được đề nghị thêm ngoài số lượng {count}",
    ties: "Các đơn vị bằng điểm ở vị trí cuối cùng đều được đề nghị, kể cả khi vượt số lượng; Hội đồng Thi đua – Khen thưởng xem xét, quyết định.",
    countLine: "{award} ({scope}): đề nghị {proposed} đơn vị, số lượng {number}",
    countBeyond: " — nhiều hơn số lượng {beyond} đơn vị vì bằng điểm ở vị trí cuối cùng",
    englishTitle: "Bản tiếng Anh (không in cùng danh sách)",
    ended: "đã giải thể ngày {date}",
    successors: "đơn vị tiếp nhận: {units}",
    rejected: "Báo cáo bị loại: {reason}",
    missing: "Thiếu báo cáo",
    partial: "Báo cáo chưa đủ: thiếu {gaps}",
    proposalLine: "{award} ({scope}): {code} {name} — điểm {score}, xếp loại {grade}, hạng {rank}",
    beyondNumber: "(vượt số lượng)",
    notEligibleLine: "{code} {name}: {reason}",
    rules:
      "Mỗi hình thức khen thưởng xét theo thứ tự ghi trong trang tính Khen thưởng của sổ kế hoạch thi đua: các đơn vị đạt xếp loại và điểm tối thiểu, theo thứ tự xếp hạng (trong cụm với phạm vi Mỗi cụm), đến đủ số lượng. Mỗi đơn vị chỉ được đề nghị một hình thức (hình thức ghi trước). Đơn vị có báo cáo bị loại, thiếu hoặc chưa đủ không được đề nghị; hình thức ghi Phải tồn tại cả kỳ chỉ xét đơn vị không thành lập, giải thể trong kỳ.",
  },
  submissionStatus: {
    received: "Đã nhận",
    missing: "Thiếu báo cáo",
    rejected: "Bị loại",
  },
  file: {
    duplicateEntry:
      'Tệp "{file}" chứa hai thành phần nén cùng tên "{part}"; mỗi chương trình có thể đọc một bản khác nhau, nên tệp bị từ chối. Hãy yêu cầu người gửi mở tệp bằng Excel, lưu lại rồi gửi lại.',
    unsafeEntryName:
      'Tệp "{file}" chứa thành phần có tên không an toàn "{part}" (trỏ ra ngoài thư mục); tệp có thể bị hỏng hoặc chứa mã độc: hãy yêu cầu người gửi mở tệp bằng Excel, lưu lại rồi gửi lại.',
    repeatTooLarge:
      'Tệp "{file}" lặp lại một ô hoặc một hàng quá nhiều lần (vượt giới hạn bảng tính); tệp hỏng hoặc độc hại. Hãy yêu cầu người gửi mở tệp bằng Excel, lưu lại rồi gửi lại.',
    repeatUnreadable:
      'Tệp "{file}" ghi số lần lặp lại của một hàng, cột hoặc ô, hay số ô nó gộp, không phải là một số nguyên dương ("{written}"): LibreOffice và Thi Đua đọc nó khác nhau, nên các ô sau nó nằm ở chỗ khác. Tệp hỏng hoặc bị sửa tay; hãy yêu cầu người gửi mở tệp bằng Excel hoặc LibreOffice, lưu lại rồi gửi lại.',
    readTimeout:
      'Tệp "{file}" đọc quá {seconds} giây nên bị dừng; tệp hỏng hoặc có thể độc hại. Hãy yêu cầu người gửi mở tệp bằng Excel, lưu lại rồi gửi lại.',
    readMemory:
      'Tệp "{file}" cần hơn {mb} MB bộ nhớ để đọc nên bị dừng: tệp lớn quá mức đọc được (ví dụ tệp .xls hơn khoảng 100.000 ô; hãy lưu lại dạng .xlsx), hoặc được làm ra để gây cạn bộ nhớ.',
    readCrash:
      'Không đọc được tệp "{file}": trình đọc dừng bất thường; tệp hỏng hoặc có thể độc hại. Hãy yêu cầu người gửi mở tệp bằng Excel, lưu lại rồi gửi lại.',
    readerNotStarted:
      'Chưa đọc được tệp "{file}": trình đọc không khởi động được trong {seconds} giây vì máy đang quá bận; lỗi không nằm ở tệp. Hãy đóng bớt chương trình rồi chạy lại.',
    tooLarge: 'Tệp "{file}" quá lớn ({size} byte; tối đa {max} byte).',
    unsupported:
      'Tệp "{file}" không phải bảng tính Excel (.xlsx, .xls) hay OpenDocument (.ods); hãy yêu cầu gửi lại đúng tệp biểu mẫu đã điền.',
    tooManyEntries:
      'Tệp "{file}" chứa quá nhiều thành phần nén (tối đa {max}); tệp có thể bị hỏng. Hãy yêu cầu người gửi mở tệp bằng Excel, lưu lại rồi gửi lại.',
    inflatesTooLarge:
      'Tệp "{file}" giải nén ra quá lớn (hơn {max} byte); tệp có thể bị hỏng hoặc chứa mã độc: hãy yêu cầu người gửi mở tệp bằng Excel, lưu lại rồi gửi lại.',
    partInflatesTooLarge:
      'Phần "{part}" của tệp "{file}" giải nén ra quá lớn (hơn {max} byte); tệp có thể bị hỏng hoặc chứa mã độc: hãy yêu cầu người gửi mở tệp bằng Excel, lưu lại rồi gửi lại.',
    badZipLayout:
      'Tệp "{file}" có cấu trúc bất thường, có thể bị hỏng hoặc chứa mã độc; hãy yêu cầu người gửi mở tệp bằng Excel, lưu lại rồi gửi lại.',
    twoFormats:
      'Tệp "{file}" vừa là bảng tính Excel vừa là bảng tính OpenDocument; mỗi chương trình có thể đọc một bảng khác nhau, nên tệp bị từ chối. Hãy lưu lại thành .xlsx hoặc .ods rồi gửi lại.',
    cellLikeName:
      'Tệp "{file}" có tên vùng (Name) "{name}" đọc như địa chỉ một ô: LibreOffice dùng tên vùng này thay cho ô đó trong mọi công thức, nên biểu hiển thị số khác số được tính. Hãy xóa tên vùng này: Formulas → Name Manager (Công thức → Trình quản lý Tên), rồi gửi lại.',
    precisionAsDisplayed:
      'Tệp "{file}" đặt chế độ "Set precision as displayed" (tính theo độ chính xác hiển thị): Excel và LibreOffice làm tròn mọi số theo cách ô hiển thị rồi mới tính, nên tổng, tỷ lệ và Đạt/Chưa đạt trên biểu khác với số được tính. Hãy bỏ chọn: File → Options → Advanced → Set precision as displayed (Tệp → Tùy chọn → Nâng cao → Đặt độ chính xác như được hiển thị), lưu rồi gửi lại.',
    linksOut:
      'Tệp "{file}" có công thức lấy số liệu từ một tệp bảng tính khác (liên kết ngoài): Excel và LibreOffice hiện số của tệp kia, còn Thi Đua tính từ các ô của chính biểu, nên số hiện trên biểu có thể khác số được cộng. Hãy bỏ liên kết: Data → Edit Links → Break Link (Dữ liệu → Sửa Liên kết → Ngắt Liên kết), lưu rồi gửi lại.',
    olderXls:
      'Tệp "{file}" được lưu theo định dạng Excel cũ (Excel 5.0/95 trở về trước): Thi Đua không đọc được phông chữ, màu và căn lề của các ô trong định dạng này, nên không kiểm tra được số hiện trên biểu có đúng là số được cộng hay không. Hãy mở tệp và lưu lại: File → Save As → Excel Workbook (.xlsx) (Tệp → Lưu thành → Sổ làm việc Excel), rồi gửi lại.',
    badPartName:
      'Tệp "{file}" chứa thành phần có tên không hợp lệ "{part}" (có đoạn rỗng, ".", "..", dấu "\\", kết thúc bằng dấu chấm hoặc bắt đầu bằng "Root Entry/"); mỗi chương trình có thể đọc một thành phần khác nhau, nên tệp bị từ chối. Hãy yêu cầu người gửi mở tệp bằng Excel, lưu lại rồi gửi lại.',
    partNameCase:
      'Tệp "{file}" gọi thành phần "{part}" nhưng trong tệp nén nó tên là "{found}" (khác chữ hoa, chữ thường): LibreOffice không tìm thấy nó (để trống phần đó, hoặc không mở được tệp) trong khi chương trình khác vẫn đọc, nên tệp bị từ chối. Hãy mở tệp bằng Excel, lưu lại rồi gửi lại.',
    unmarkedPartName:
      'Tệp "{file}" chứa thành phần có tên "{part}" mang ký tự ngoài bảng mã ASCII mà không ghi rõ bảng mã; mỗi chương trình đọc tên này một khác. Hãy mở và lưu lại bằng Excel rồi gửi lại.',
    xmlEncoding:
      'Phần "{part}" của tệp "{file}" dùng bảng mã "{encoding}"; chỉ chấp nhận UTF-8 hoặc UTF-16. Hãy mở và lưu lại bằng Excel rồi gửi lại.',
    duplicateSheet:
      'Tệp "{file}" có hai trang tính cùng tên "{sheet}" (Excel không cho phép); mỗi chương trình có thể hiển thị một trang tính khác nhau, nên tệp bị từ chối. Hãy yêu cầu người gửi mở tệp bằng Excel, lưu lại rồi gửi lại.',
    corrupt: 'Tệp "{file}" hỏng hoặc không đọc được; hãy mở và lưu lại bằng Excel rồi gửi lại.',
    truncated:
      'Tệp "{file}" bị hỏng hoặc chưa tải/chép xong: tệp dừng giữa chừng, thiếu phần cuối. Hãy tải hoặc chép lại tệp (hoặc yêu cầu người gửi gửi lại), rồi kiểm tra lại.',
    twoWorkbooks:
      'Tệp "{file}" lưu hai bản sổ tính (dạng Excel 97 và dạng Excel 5.0/95) trong một tệp: mỗi chương trình có thể đọc một bản khác nhau. Hãy lưu lại chỉ một dạng (Excel 97–2003 .xls, hoặc .xlsx) rồi gửi lại.',
    xlsTooLarge:
      'Tệp .xls "{file}" lớn quá mức đọc được ({size} byte; tối đa {max} byte); hãy mở bằng Excel, lưu lại dạng .xlsx rồi gửi lại.',
    embeddedTooLarge:
      'Tệp "{file}" chứa đối tượng nhúng quá lớn ({size} byte ngoài số liệu của biểu; tối đa {max} byte), điều một báo cáo không cần. Hãy xóa đối tượng nhúng (tệp đính kèm, đối tượng OLE) rồi lưu lại và gửi lại.',
    unsupportedMethod:
      'Thành phần "{part}" của tệp "{file}" được nén theo cách mà Excel và LibreOffice không đọc (phương pháp {method}); hãy mở tệp bằng chương trình đã tạo nó, lưu lại dạng .xlsx rồi gửi lại.',
    encrypted:
      'Tệp "{file}" được đặt mật khẩu mở tệp hoặc được mã hóa nên không đọc được. Hãy gỡ mật khẩu (Excel: File → Info → Protect Workbook → Encrypt with Password, xóa mật khẩu rồi bấm OK — Tệp → Thông tin → Bảo vệ Sổ làm việc → Mã hóa bằng Mật khẩu; LibreOffice: File → Save As, bỏ chọn "Save with password" — Tệp → Lưu thành, bỏ chọn "Lưu với mật khẩu"), hoặc lưu thành tệp .xlsx không mật khẩu, rồi gửi lại.',
    tooManyCells:
      'Tệp "{file}" có quá nhiều ô dữ liệu (hơn {max}); hãy xóa các trang tính, vùng dữ liệu thừa rồi lưu lại.',
    tooManyRows:
      'Trang tính "{sheet}" của tệp "{file}" có quá nhiều hàng (từ hàng {row} trở đi; tối đa {max}).',
    formatTooLong:
      'Tệp "{file}" có một định dạng số dài {length} ký tự (Excel cho phép tối đa {max}); tệp hỏng hoặc độc hại. Hãy đặt lại định dạng số của các ô rồi gửi lại.',
    tooManySheets:
      'Tệp "{file}" có {count} trang tính (tối đa {max}; một báo cáo thường có dưới 20 trang tính); tệp bị từ chối, không đọc. Hãy xóa các trang thừa rồi gửi lại.',
    tooManyConditionalFormats:
      'Trang tính "{sheet}" của tệp "{file}" có quá nhiều định dạng có điều kiện (hơn {rules} quy tắc hoặc hơn {areas} vùng áp dụng); một báo cáo thường chỉ có vài quy tắc. Hãy xóa bớt: Home → Conditional Formatting → Manage Rules (Trang đầu → Định dạng có Điều kiện → Quản lý Quy tắc), rồi gửi lại.',
  },
  unitsList: {
    tooLarge: 'Danh sách đơn vị "{file}" quá lớn (hơn {max} byte).',
    empty: 'Danh sách đơn vị "{file}": danh sách đơn vị trống (cần dòng tiêu đề, rồi mỗi đơn vị một dòng).',
    missingColumn:
      'Danh sách đơn vị "{file}": thiếu cột {column} (cần: code, name; có thể thêm kind, parent, bloc, valid_from, valid_to, successors, moved_in_from, received, corrections).',
    badRow: 'Danh sách đơn vị "{file}", dòng {line}: {field} "{value}" không hợp lệ.',
    longName: 'Danh sách đơn vị "{file}", dòng {line}: tên đơn vị dài hơn {max} ký tự.',
    badText: 'Danh sách đơn vị "{file}", dòng {line}: {field} {reason}.',
    duplicate: 'Danh sách đơn vị "{file}": mã đơn vị "{code}" ở dòng {line} trùng với dòng {first}.',
    notUnicode:
      'Danh sách đơn vị "{file}" không lưu bằng mã Unicode nên dấu tiếng Việt sẽ bị sai. Trong Excel, hãy dùng File → Save As (Tệp → Lưu thành), chọn kiểu "CSV UTF-8 (Comma delimited)" (Excel 2016 trở lên) hoặc "Unicode Text" (Excel 2010, 2013); trong LibreOffice chọn bộ ký tự Unicode (UTF-8).',
    unknownSuccessor:
      'Danh sách đơn vị "{file}", dòng {line}: đơn vị tiếp nhận "{code}" không có trong danh sách; hãy ghi mã của các đơn vị tiếp nhận, cách nhau bằng dấu phẩy.',
    movedInWithoutStart:
      'Danh sách đơn vị "{file}", dòng {line}: có moved_in_from (Chuyển đến từ) nhưng không có valid_from; hãy ghi ngày đơn vị chuyển đến vào valid_from: dự toán năm của đơn vị được tính từ ngày đó.',
    movedInFromItself:
      'Danh sách đơn vị "{file}", dòng {line}: moved_in_from (Chuyển đến từ) là chính mã hoặc tên của đơn vị; hãy ghi mã hoặc tên đơn vị cấp trên cũ, hoặc để trống nếu đơn vị thành lập mới.',
    unreadable: 'Danh sách đơn vị "{file}" không đọc được: không đúng định dạng CSV (dấu phẩy, ngoặc kép).',
  },
  cli: {
    nodeTooOld:
      "Thi Đua cần Node.js 20.15 trở lên (hoặc 22.2 trở lên); máy này có Node.js {version}. Hãy cài bản Node.js 20 hoặc 22 mới nhất.",
    fileUnreadable: 'Không đọc được tệp "{file}": {reason}.',
    folderUnreadable: 'Không đọc được thư mục "{path}": {reason}.',
    outputUnwritable: 'Không ghi được tệp "{path}": {reason}.',
    badNameReason:
      "tên tệp không phải chữ Unicode hợp lệ (thường gặp khi giải nén tệp zip tạo trên Windows); hãy đổi tên tệp rồi chạy lại",
    goneReason: "tệp không còn ở đó (đã bị xóa, di chuyển hoặc là liên kết hỏng)",
    outputInUseReason:
      "tệp có thể đang mở trong Excel hoặc một chương trình khác (hãy đóng tệp rồi chạy lại lệnh; tệp cũ vẫn còn nguyên), hoặc không có quyền ghi vào đó",
    readOnlyReason:
      "tệp chỉ đọc (read-only) hoặc bạn không có quyền ghi tệp này, nên tệp được giữ nguyên; bỏ chỉ đọc nếu muốn thay tệp, hoặc ghi ra tệp khác",
    deniedReason: "không có quyền truy cập",
    folderReason: "đây là một thư mục",
    noNewFileReason: "thư mục này không cho tạo tệp mới",
    linkReason: "đây là một liên kết (symlink); hãy ghi vào chính tệp hoặc chọn tên khác",
    specialFileReason: "đây không phải tệp thông thường (ống dẫn, thiết bị hoặc socket)",
    notFolderReason: "một phần của đường dẫn không phải thư mục",
    fullReason: "ổ đĩa đã đầy",
    systemReason: "lỗi của hệ thống tệp",
    internalError:
      "Lỗi nội bộ của chương trình; hãy chạy lại với --verbose và gửi nội dung hiện ra cho người quản trị.",
    fileNotFound: "Không tìm thấy tệp hoặc thư mục: {path}",
    leftOut:
      "Bỏ qua {count} tệp trong thư mục vì không phải báo cáo (.xlsx, .xlsm, .xls, .ods), là tệp khóa ~$ hoặc tệp ẩn.",
    archivesLeftOut:
      "Tệp nén {files} không được mở: báo cáo trong tệp nén không được đọc. Hãy giải nén rồi tổng hợp thư mục đã giải nén.",
    setAside:
      "Không đọc {files} trong thư mục như một báo cáo: đó là tệp kế hoạch thi đua, danh sách đơn vị hoặc bảng tổng hợp kỳ trước mà lệnh này dùng.",
    folderTruncated:
      "Thư mục sâu hơn {depth} cấp hoặc có hơn {entries} mục: phần còn lại không được xem; hãy chọn thư mục nhỏ hơn.",
    nothingRolledUp: "Không có báo cáo nào dùng được để tổng hợp; không ghi bảng tổng hợp.",
    givePeriod:
      "Không có báo cáo hợp lệ nào để xác định kỳ tổng hợp; hãy chỉ định kỳ, ví dụ --period 2025-D1.",
    noInputFiles: "Không có tệp .xlsx, .xlsm, .xls hoặc .ods nào để đọc.",
    wouldOverwriteInput:
      "Tệp kết quả {path} là một tệp lệnh này đang đọc (báo cáo nhận được, kế hoạch thi đua, bảng tổng hợp kỳ trước, danh sách đơn vị), có thể qua một đường dẫn khác; không ghi đè tệp nguồn.",
    badPeriod: 'Kỳ báo cáo "{period}" không hợp lệ (YYYY-D1, YYYY-D2 hoặc YYYY).',
    badTemplates: "Biểu mẫu không có trong danh mục: {ids}",
    badUnitKind: "Loại đơn vị không hợp lệ: {kind} (chọn: {kinds})",
    badUnitCode: 'Mã đơn vị "{code}" không hợp lệ.',
    unknownTarget: "Chỉ tiêu không có trong các biểu đã chọn: {key}",
    badTargetValue: 'Giá trị chỉ tiêu {key} không hợp lệ: "{value}"',
    templateWritten: "Đã tạo biểu mẫu {file} ({templates}) cho {unit}, {period}.",
    outputRequired: "Hãy cho biết tệp bảng tổng hợp sẽ ghi (-o, --output); chỉ với --json mới được bỏ qua.",
    noParent:
      'Chưa biết đơn vị tổng hợp (đơn vị của bạn, ghi trên bảng tổng hợp và các biểu gửi cấp trên) nên không ghi tệp tổng hợp: hãy thêm --parent-code và --parent-name (ví dụ --parent-code LDLD_DN --parent-name "LĐLĐ tỉnh Đồng Nai"), hoặc ghi mã và tên đơn vị tổng hợp vào trang tính "Đơn vị tổng hợp" (bảng TD_Parent) của sổ kế hoạch rồi dùng --campaign.',
    summaryWritten: "Đã ghi bảng tổng hợp: {file}",
    validateOutcome: "{files} tệp: {ready} sẵn sàng, {errors} có lỗi, {unreadable} không đọc được.",
    rollupOutcome:
      "{files} tệp: {used} đã tổng hợp, {rejected} bị loại, {unreadable} không đọc được{missing}{partial}{short}.",
    unitsLacking: "; {count} đơn vị thiếu báo cáo",
    unitsWithoutRounds: "; {count} đơn vị chưa báo cáo đủ các đợt",
    summariesShort: "; {count} báo cáo tổng hợp thiếu báo cáo của đơn vị bên trong",
    reading: "Đang đọc tệp…",
    ok: "không có lỗi",
    counts: "{errors} lỗi, {warnings} cảnh báo",
    readyToSubmit: "Sẵn sàng gửi",
    due: "hạn nộp {due}",
    error: "LỖI",
    warning: "CẢNH BÁO",
    unusable: "KHÔNG ĐỌC ĐƯỢC",
    moreWarnings: "… và {count} cảnh báo khác (dùng --all để xem hết)",
    units: "Đơn vị đã tổng hợp",
    missing: "Thiếu báo cáo",
    duplicates: "Báo cáo trùng (dùng tệp mới nhất)",
    rejected: "Tệp bị loại (lý do)",
    legend: "Chỉ tiêu",
    unitColumn: "Đơn vị",
    metColumn: "Đạt",
    scoreColumn: "Điểm",
    gradeColumn: "Xếp loại",
    blocHeading: "Cụm thi đua: {bloc}",
    noBloc: "Không thuộc cụm thi đua",
    blocRankColumn: "Hạng cụm",
    rankColumn: "Hạng",
    statusColumn: "Tình trạng",
    onTime: "Đúng hạn",
    daysLate: "Trễ {days} ngày",
    partial: "Chưa đủ các đợt",
    summaryShort: "Tổng hợp chưa đủ",
    targetResults: "Kết quả theo chỉ tiêu (✓ đạt, ✗ chưa đạt)",
    unitWarnings:
      "Cảnh báo của các đơn vị, mỗi loại một dòng với ví dụ ở đơn vị đầu tiên (--json có đủ từng cảnh báo)",
    warningSpread: "{count} cảnh báo ở {units} đơn vị: {codes}",
    totalRow: "TỔNG CỘNG",
    campaignUnusable: 'Tệp kế hoạch thi đua "{file}" có lỗi (xem trên); hãy sửa rồi chạy lại.',
    campaignWritten:
      "Đã tạo tệp kế hoạch thi đua {file}: {periods} kỳ, {units} đơn vị, {rules} chỉ tiêu chấm điểm.",
    campaignOk:
      "✓ {file}: {periods} kỳ, {units} đơn vị, {blocs} cụm thi đua, {errors} lỗi, {warnings} cảnh báo.",
    campaignBad: "✗ {file}: {errors} lỗi, {warnings} cảnh báo.",
    unitNotInCampaign: "Đơn vị {code} không có trong danh sách đơn vị của kế hoạch cho {period}.",
    unitNameNeeded: "Cần --unit-name (hoặc --campaign để lấy tên đơn vị từ kế hoạch thi đua).",
    badYear: 'Năm "{year}" không hợp lệ (2000–2100).',
    parentIncomplete:
      'Bảng TD_Parent cần cả mã và tên đơn vị tổng hợp: hãy thêm cả --parent-code và --parent-name (ví dụ --parent-code LDLD_GL --parent-name "LĐLĐ huyện Gia Lâm" --parent-kind "LĐLĐ huyện"), hoặc bỏ cả ba để điền sau trong sổ kế hoạch.',
    badParentName: 'Tên đơn vị tổng hợp "{name}" {reason}.',
    templatesWritten: "Đã tạo {count} biểu mẫu cho {period} trong {dir} (hạn nộp {due}).",
    codeColumn: "Mã",
    catalogInput: "nhập",
    catalogComputed: "tính sẵn",
    catalogRule: "quy tắc {rule} ({severity})",
    catalogTarget: "chỉ tiêu {key} = {value} ({combine}) → {cell}",
    catalogMetadata: "thông tin đơn vị, kỳ: trang tính {sheet} ({keys})",
  },
  cliUsage: {
    unknownOption: "Không có tùy chọn {option}. Nếu đó là tên tệp, hãy đặt -- trước danh sách tệp.",
    unknownCommand: "Không có lệnh {command}.",
    missingArgument: "Thiếu tham số: hãy nêu tệp hoặc thư mục cần đọc.",
    optionMissingArgument: "Tùy chọn {option} cần một giá trị.",
    missingOption: "Thiếu tùy chọn bắt buộc {option}.",
    invalidArgument: "Giá trị {value} không hợp lệ cho tùy chọn {option}.",
    excessArguments: "Lệnh này không nhận thêm tham số.",
    repeatedOption:
      "Tùy chọn {option} được đưa hơn một lần. Nếu tên một tệp bắt đầu bằng dấu -, hãy đặt -- trước danh sách tệp (thidua rollup -o tong-hop.xlsx -- *.xlsx) hoặc đổi tên tệp.",
    other: "Lệnh chưa đúng: {detail}",
    seeHelp: "Xem hướng dẫn: thidua --help",
  },
  cliHelp: {
    program:
      "Thi Đua — tạo biểu mẫu báo cáo thi đua công đoàn, kiểm tra báo cáo nhận được và tổng hợp thành bảng tổng hợp Excel.",
    lang: "ngôn ngữ hiển thị: vi (tiếng Việt, mặc định) hoặc en (tiếng Anh)",
    verbose: "khi có lỗi, in thêm chi tiết kỹ thuật (để gửi người quản trị)",
    json: "in kết quả dạng JSON cho chương trình khác đọc, thay cho bảng",
    help: "hiện hướng dẫn này",
    version: "hiện số phiên bản",
    helpCommand: "hiện hướng dẫn của một lệnh",
    catalog: "Liệt kê các biểu mẫu, ô nhập liệu, tên vùng, quy tắc kiểm tra và chỉ tiêu",
    template: "Tạo tệp biểu mẫu trống (.xlsx) cho một đơn vị",
    output: "tệp .xlsx sẽ ghi",
    templateCampaign: "tệp kế hoạch thi đua: lấy tên đơn vị, chỉ tiêu giao và hạn nộp từ đó",
    unitCode: "mã đơn vị báo cáo (ví dụ X01)",
    unitName: "tên đơn vị (không cần khi có --campaign)",
    unitKind: "loại đơn vị: {kinds}",
    parentCode: "mã đơn vị cấp trên",
    period: "kỳ báo cáo: YYYY-D1 (đợt 1), YYYY-D2 (đợt 2) hoặc YYYY (cả năm)",
    templateIds: "các biểu cần có, cách nhau bởi dấu phẩy (mặc định cả bốn: B01,B02,B03,B04)",
    target:
      "đặt một chỉ tiêu, dạng mã=giá trị (ví dụ B01_nonstate_cla_rate=75%; mã=- là không áp dụng); dùng được nhiều lần",
    validate: "Kiểm tra các tệp báo cáo: lỗi phải sửa trước khi gửi, cảnh báo cần xem lại",
    validateFiles: "tệp báo cáo (.xlsx, .xlsm, .xls, .ods) hoặc thư mục chứa chúng",
    validateCampaign:
      "tệp kế hoạch thi đua: đối chiếu cả đơn vị có trong danh sách không, tên đơn vị, kỳ, chỉ tiêu được giao, và in hạn nộp",
    all: "hiện mọi cảnh báo (mặc định chỉ {count} dòng đầu)",
    rollup:
      "Tổng hợp các báo cáo nhận được thành bảng tổng hợp: số liệu, điểm, xếp loại, xếp hạng, đơn vị thiếu báo cáo",
    inputs: "tệp báo cáo nhận được hoặc thư mục chứa chúng",
    summaryOutput: "tệp bảng tổng hợp .xlsx sẽ ghi (có --json thì không bắt buộc)",
    rollupCampaign: "tệp kế hoạch thi đua (kỳ, đơn vị phải nộp, chỉ tiêu, cách chấm điểm)",
    rollupUnits: "danh sách đơn vị phải nộp (.csv), khi không dùng tệp kế hoạch",
    rollupPeriod: "mã kỳ cần tổng hợp (YYYY-D1, YYYY-D2, YYYY hoặc mã kỳ trong kế hoạch)",
    previous: "bảng tổng hợp kỳ trước, để so sánh và cảnh báo số liệu thay đổi bất thường",
    jumpFactor: "cảnh báo khi một số liệu tăng hoặc giảm gấp hơn n lần so với kỳ trước (mặc định 3)",
    summaryCode:
      "mã đơn vị tổng hợp (đơn vị của bạn, ví dụ LĐLĐ tỉnh); mặc định lấy ở bảng TD_Parent của sổ kế hoạch",
    summaryName: "tên đơn vị tổng hợp; mặc định lấy ở bảng TD_Parent của sổ kế hoạch",
    summaryKind:
      'loại đơn vị tổng hợp (ví dụ "LĐLĐ huyện", "Công đoàn ngành": bảng tổng hợp ghi toàn huyện, toàn ngành thay cho toàn tỉnh); mặc định lấy ở bảng TD_Parent, không có thì là LĐLĐ tỉnh',
    jsonReport: "in kết quả tổng hợp dạng JSON, có đủ từng cảnh báo",
    campaign: "Tệp kế hoạch thi đua: tạo mới hoặc kiểm tra",
    campaignInit: "Tạo tệp kế hoạch thi đua của một năm với các kỳ, chỉ tiêu và cách chấm điểm mặc định",
    year: "năm thi đua (ví dụ 2025)",
    campaignUnits: "danh sách đơn vị (.csv: code,name,kind,parent,bloc,valid_from,valid_to) đưa vào kế hoạch",
    campaignParentCode:
      "mã đơn vị tổng hợp (đơn vị của bạn, ví dụ LĐLĐ tỉnh), ghi vào bảng TD_Parent; đi cùng --parent-name",
    campaignParentName: "tên đơn vị tổng hợp, ghi vào bảng TD_Parent; đi cùng --parent-code",
    campaignParentKind:
      'loại đơn vị tổng hợp, ghi vào bảng TD_Parent (ví dụ "LĐLĐ huyện", "Công đoàn ngành": phạm vi khen thưởng ghi Toàn huyện, Toàn ngành thay cho Toàn tỉnh); không ghi thì là LĐLĐ tỉnh',
    campaignCheck: "Kiểm tra tệp kế hoạch thi đua và chỉ ra ô không đọc được",
    campaignFile: "tệp kế hoạch thi đua .xlsx",
    templates: "Tạo biểu mẫu cho mọi đơn vị phải nộp trong một kỳ, mỗi đơn vị một tệp",
    templatesCampaign: "tệp kế hoạch thi đua (danh sách đơn vị, chỉ tiêu, hạn nộp)",
    periodId: "mã kỳ trong kế hoạch (ví dụ 2025-D2)",
    outputDir: "thư mục ghi các biểu mẫu",
    usageTitle: "Cách dùng:",
    argumentsTitle: "Tham số:",
    optionsTitle: "Tùy chọn:",
    commandsTitle: "Lệnh:",
    examplesTitle: "Ví dụ:",
    optionsWord: "[tùy chọn]",
    commandWord: "[lệnh]",
  },
  /** What an option or argument takes, as its help shows it: "-o, --output <tệp>". */
  cliValues: {
    file: "tệp",
    files: "tệp...",
    xlsx: "tệp.xlsx",
    csv: "tệp.csv",
    code: "mã",
    name: "tên",
    kind: "loại",
    period: "kỳ",
    ids: "biểu",
    target: "mã=giá-trị",
    n: "n",
    year: "năm",
    dir: "thư-mục",
    lang: "ngôn-ngữ",
    command: "lệnh",
  },

  setup: {
    unknownPeriod: 'Không có kỳ "{period}" (các kỳ: {known}).',
    badJumpFactor: 'Hệ số "{value}" không hợp lệ (một số lớn hơn 1, ví dụ 3).',
    badParentCode:
      'Mã đơn vị tổng hợp "{code}" không hợp lệ (chỉ gồm chữ, số, "_", ".", "-", tối đa 40 ký tự).',
    badParentKind: 'Loại đơn vị tổng hợp "{kind}" không có trong danh mục; chọn một trong: {kinds}.',
  },
  worker: {
    badCampaign: 'Tệp kế hoạch thi đua "{file}" có {count} lỗi; lỗi đầu tiên{at}: {first}',
    badCampaignOne: 'Tệp kế hoạch thi đua "{file}" có 1 lỗi{at}: {first}',
    fileGone:
      'Không đọc được tệp "{file}" trên máy: tệp đã bị xóa, chuyển đi hoặc sửa sau khi được chọn. Hãy chọn lại tệp.',
    insecurePage:
      "Trang Thi Đua phải được mở qua HTTPS (hoặc http://localhost) thì trình duyệt mới cho tính mã băm của tệp.",
    unexpected: "Không xử lý được các tệp do một lỗi ngoài dự kiến; hãy tải lại trang rồi thử lại.",
  },
  excel: {
    structureProtected:
      "Tệp Excel đang được bảo vệ cấu trúc; hãy bỏ bảo vệ: Review → Protect Workbook (Xem lại → Bảo vệ Sổ làm việc), rồi thử lại.",
    tooOld:
      "Phiên bản Excel này quá cũ, chưa chạy được Thi Đua (cần Excel 2021, Microsoft 365 hoặc Excel trên web; ExcelApi {version}). Hãy dùng trang Thi Đua trên trình duyệt.",
  },
  pane: {
    appTitle: "Thi Đua",
    viewsLabel: "Các chức năng",
    tabs: {
      templates: "Biểu mẫu",
      validate: "Kiểm tra",
      rollup: "Tổng hợp",
    },
    viewOpening: "Đang mở…",
    viewFailed:
      "Không mở được phần này của trang. Hãy tải lại trang; nếu vẫn lỗi, hãy mở trang bằng Chrome hoặc Edge (từ bản 80) hoặc Firefox (từ bản 113).",
    hostExcel: "Trong Excel",
    hostFile: "Trên trình duyệt (không cần Excel)",
    otherLanguage: "English",
    otherLanguageLabel: "Chuyển sang tiếng Anh (Switch to English)",
    notices: {
      offline:
        "Trang này chạy ngay trên máy, không cần mạng: các tệp bạn chọn được đọc tại đây và không tệp nào được gửi ra khỏi máy.",
      fromDisk:
        "Trang index.html mở từ ổ đĩa không đọc được tệp báo cáo. Hãy mở tệp thidua.html (cùng thư mục): bấm đúp vào tệp đó là dùng được, không cần cài đặt, không cần mạng.",
      interrupted:
        "Lần ghi trước của Thi Đua vào tệp này bị gián đoạn (ngăn Thi Đua bị đóng hoặc tải lại giữa chừng). Thi Đua đã xóa các trang tạm dở dang; các trang có từ trước vẫn nguyên. Hãy làm lại việc đang dở.",
    },
    templates: {
      heading: "Chèn biểu mẫu",
      intro: "Chọn biểu mẫu, đơn vị báo cáo, kỳ báo cáo và chỉ tiêu, rồi chèn vào tệp Excel.",
      introFile: "Chọn biểu mẫu, đơn vị báo cáo, kỳ báo cáo và chỉ tiêu, rồi tải tệp Excel về để điền.",
      chooseTemplates: "Biểu mẫu",
      unit: "Đơn vị báo cáo",
      unitCode: "Mã đơn vị",
      unitName: "Tên đơn vị",
      unitKind: "Loại đơn vị",
      parentCode: "Mã đơn vị cấp trên",
      period: "Kỳ báo cáo",
      year: "Năm",
      round1: "Đợt 1 (01/01 – 30/6)",
      round2: "Đợt 2 (01/7 – 31/12)",
      wholeYear: "Cả năm",
      targets: "Chỉ tiêu",
      targetHint: "Tỷ lệ nhập dạng 70% hoặc 0,7; để trống nếu chưa giao; ghi - nếu không áp dụng cho đơn vị.",
      insert: "Chèn biểu mẫu",
      download: "Tải xuống biểu mẫu",
      inserted: "Đã chèn các trang: {sheets}.",
      downloaded: "Đã tạo tệp {file}.",
      invalidCode: 'Mã đơn vị chỉ gồm chữ, số, "_", ".", "-" (tối đa 40 ký tự).',
      required: "Bắt buộc.",
      invalidYear: "Năm từ 2000 đến 2100.",
      invalidTarget: "Giá trị không hợp lệ.",
      noTemplate: "Chọn ít nhất một biểu mẫu.",
    },
    campaign: {
      heading: "Kế hoạch thi đua",
      intro:
        "Tệp kế hoạch thi đua của tỉnh: các kỳ và hạn nộp, đơn vị và cụm thi đua, chỉ tiêu giao, bảng chấm điểm.",
      year: "Năm của kế hoạch",
      createInsert: "Chèn kế hoạch mặc định",
      createDownload: "Tải kế hoạch mặc định",
      created: "Đã tạo kế hoạch thi đua năm {year}.",
      pick: "Chọn tệp kế hoạch thi đua…",
      reading: "Đang đọc kế hoạch thi đua…",
      loaded: "{file}: {periods} kỳ, {units} đơn vị, {blocs} cụm thi đua.",
      unusable: "{file} có lỗi, chưa dùng được:",
      period: "Kỳ báo cáo",
      unit: "Đơn vị",
      downloadAll: "Tải biểu mẫu cho mọi đơn vị (.zip)",
      downloadUnit: "Tải biểu mẫu của đơn vị (.xlsx)",
      inUse: "Kế hoạch thi đua đang dùng (cả ở Kiểm tra và Tổng hợp): {file}",
      clear: "Bỏ chọn kế hoạch",
      downloadedAll: "Đã tạo {count} biểu mẫu cho {period} ({file}).",
      insertUnit: "Chèn biểu mẫu của đơn vị",
      due: "Hạn nộp {due}",
      noUnits: "Kế hoạch chưa có đơn vị nào cho kỳ này.",
    },
    validate: {
      heading: "Kiểm tra báo cáo",
      introExcel: "Kiểm tra tệp Excel đang mở trước khi gửi; bấm vào một lỗi để đến ô đó.",
      introFile: "Chọn các tệp báo cáo để kiểm tra trước khi gửi.",
      againstCampaign:
        "Đối chiếu cả với kế hoạch thi đua {file}: đơn vị có trong danh sách không, tên đơn vị, kỳ báo cáo, chỉ tiêu được giao và hạn nộp.",
      noCampaign:
        "Chưa chọn kế hoạch thi đua: chỉ kiểm tra số liệu trong tệp. Chọn kế hoạch ở mục Biểu mẫu để đối chiếu cả danh sách đơn vị, chỉ tiêu được giao và hạn nộp.",
      run: "Kiểm tra tệp Excel đang mở",
      mark: "Đánh dấu ô lỗi",
      clearMarks: "Xóa đánh dấu",
      ready: "Sẵn sàng gửi",
      readyDetail: "Không có lỗi. Báo cáo có thể gửi đi.",
      notReady: "Chưa thể gửi: còn {errors} lỗi.",
      counts: "{errors} lỗi, {warnings} cảnh báo",
      error: "Lỗi",
      warning: "Cảnh báo",
      goTo: "Đến ô {cell}",
      otherCells: "Các ô khác ({count})",
      workbookLevel: "Toàn tệp",
      unusable: "Không đọc được",
    },
    rollup: {
      heading: "Tổng hợp báo cáo",
      intro: "Chọn hoặc kéo thả các tệp báo cáo đã nhận (.xlsx, .xlsm, .xls, .ods).",
      pickFiles: "Chọn tệp báo cáo…",
      clearFiles: "Bỏ chọn tất cả",
      dropHere: "Kéo thả tệp vào đây",
      filesChosen: "{count} tệp đã chọn",
      unitsList: "Danh sách đơn vị (.csv, không bắt buộc)",
      pickUnits: "Chọn danh sách đơn vị…",
      unitsChosen: "Danh sách: {file} ({count} đơn vị)",
      period: "Kỳ tổng hợp",
      periodAuto: "Theo đa số tệp",
      parentCode: "Mã đơn vị tổng hợp",
      parentName: "Tên đơn vị tổng hợp",
      parentKind: "Loại đơn vị tổng hợp (toàn tỉnh, toàn huyện, toàn ngành… trên bảng tổng hợp)",
      parentRequired:
        "Hãy nhập mã và tên đơn vị tổng hợp (đơn vị của bạn, ví dụ LĐLĐ tỉnh): tên này in trên bảng tổng hợp và trên các biểu gửi cấp trên.",
      start: "Tổng hợp",
      cancel: "Hủy",
      cancelled: "Đã hủy tổng hợp.",
      reading: "Đang đọc tệp… {file}",
      progress: "{done}/{total} tệp",
      making: "Đang tạo tệp bảng tổng hợp…",
      writing: "Đang ghi bảng tổng hợp…",
      writingWaits:
        "Đang ghi bảng tổng hợp… Nếu bạn đang sửa một ô trong Excel, Excel chờ bạn nhấn Enter hoặc Esc rồi mới ghi tiếp.",
      writeAgain: "Ghi lại vào Excel",
      writingSheets: "Đang ghi vào Excel",
      sheetsWritten: "Đã ghi {done}/{total} trang",
      stopWriting: "Dừng ghi",
      written: "Đã ghi bảng tổng hợp vào tệp Excel.",
      downloadSummary: "Tải xuống bảng tổng hợp",
      result: "Kết quả tổng hợp — {period}",
      included: "Đơn vị đã tổng hợp",
      missing: "Thiếu báo cáo",
      duplicates: "Báo cáo trùng",
      rejected: "Tệp bị loại (lý do)",
      none: "Không có",
      unit: "Đơn vị",
      file: "Tệp nguồn",
      reason: "Lý do",
      kept: "Dùng tệp mới nhất {kept}, thay cho {dropped}",
      met: "Đạt",
      notMet: "Chưa đạt",
      targetsMet: "Số chỉ tiêu đạt",
      rank: "Xếp hạng",
      total: "Tổng cộng",
      target: "Chỉ tiêu",
      value: "Kết quả",
      attainment: "Đánh giá",
      noFiles: "Chưa chọn tệp nào.",
      rejectedStatus: "bị loại",
      overwriteAnyway: "Vẫn ghi vào tệp này",
      nothingOverwritten:
        "Sau khi hoàn tác, tệp Excel không còn báo cáo hay bảng tổng hợp nào mà bảng tổng hợp này sẽ ghi đè.",
      writeNow: "Ghi vào Excel",
      campaign: "Kế hoạch thi đua (không bắt buộc)",
      pickCampaign: "Chọn tệp kế hoạch thi đua…",
      previous: "Bảng tổng hợp kỳ trước (không bắt buộc)",
      pickPrevious: "Chọn bảng tổng hợp kỳ trước…",
      score: "Điểm",
      grade: "Xếp loại",
      blocRank: "Hạng trong cụm",
      noBloc: "Chưa xếp cụm",
      late: "Trễ {days} ngày",
      onTime: "Đúng hạn",
      partial: "Thiếu {gaps}",
      warnings: "Cảnh báo ({count})",
      comparedWith: "So với kỳ trước: {period}",
    },
    results: {
      showMore: "Hiện thêm {count} (còn {rest})",
      files: "Các tệp đã kiểm tra",
      fileState: "Kết quả kiểm tra",
      fileStates: { unusable: "Không đọc được", errors: "Còn lỗi", ready: "Sẵn sàng gửi" },
      filesShown: "Đang hiện {shown}/{total} tệp",
      filesChecked: "Đã kiểm tra {count} tệp",
      pickFile: "Chọn một tệp trong bảng để xem từng lỗi.",
      headline: "Cần xử lý",
      received: "Đã tổng hợp {count} đơn vị",
      receivedOf: "Đã tổng hợp {count}/{expected} đơn vị phải báo cáo",
      late: "Nộp trễ hạn",
      warnings: "Cảnh báo",
      partial: "Báo cáo chưa đủ",
      totals: "{scope}: đạt {met}/{of} chỉ tiêu",
      againstTarget: "Kết quả {value} — chỉ tiêu {target}",
      resultAlone: "Kết quả {value}",
      charts: "Biểu đồ",
      chartsLoading: "Đang vẽ biểu đồ…",
      chartsUnavailable: "Không vẽ được biểu đồ trên trình duyệt này; số liệu vẫn đầy đủ ở bảng dưới.",
      gradeChart: "Số đơn vị theo xếp loại",
      blocUnits: "điểm bình quân của {count} đơn vị có điểm",
      find: "Tìm đơn vị (mã hoặc tên)",
      clearFind: "Xóa nội dung tìm",
      bloc: "Cụm thi đua",
      all: "Tất cả",
      noGrade: "Chưa xếp loại",
      standing: "Tình trạng nộp",
      standings: { onTime: "Đúng hạn", late: "Trễ hạn", partial: "Báo cáo chưa đủ" },
      roundsShort: "Chưa đủ các đợt",
      summaryShort: "Tổng hợp chưa đủ",
      ranks: "Hạng cụm / chung",
      met: "Chỉ tiêu đạt",
      shown: "Đang hiện {shown}/{total} đơn vị",
      pickUnit: "Bấm vào một đơn vị (hoặc chọn rồi nhấn Enter) để xem kết quả theo từng chỉ tiêu.",
      unitTargets: "Kết quả theo chỉ tiêu: {unit}",
      unitScore: "Điểm {score} — {grade}",
      scoreMade: "{earned}/{possible} điểm của các chỉ tiêu được chấm, quy về thang 100",
      scoreBonus: "cộng {points} điểm thưởng",
      scoreOff: "trừ {points} điểm",
      points: "{earned}/{points} điểm",
      notScored: "Không chấm điểm",
      targetStates: {
        met: "Đạt",
        notMet: "Chưa đạt",
        notReported: "Chưa báo cáo",
        noTarget: "Chưa giao chỉ tiêu",
        nothingToMeasure: "Không tính được (mẫu số bằng 0)",
        notApplicable: "Không áp dụng",
      },
      closeUnit: "Đóng kết quả của đơn vị",
    },
    folders: {
      pickFolder: "Chọn thư mục…",
      dropFolders: "Có thể kéo thả cả thư mục.",
      skipped: "Đã bỏ qua {count} tệp trong thư mục không phải bảng tính ({types}).",
      archives:
        "Tệp nén {files} không được mở: báo cáo trong tệp nén không được đọc. Hãy giải nén rồi chọn thư mục đã giải nén.",
      truncated:
        "Thư mục quá lớn hoặc quá sâu: chỉ xét {entries} mục đầu tiên, sâu tối đa {depth} cấp thư mục.",
      taken: "Đã lấy {count} tệp từ thư mục.",
    },
  },
  officeErrors: {
    cellEditMode: "Excel đang sửa một ô. Nhấn Enter hoặc Esc để thoát khỏi ô đó rồi thử lại.",
    accessDenied:
      "Excel không cho phép thay đổi này: trang tính hoặc tệp đang được bảo vệ, hoặc tệp chỉ được mở để đọc. Hãy bỏ bảo vệ: Review → Unprotect Sheet (Xem lại → Bỏ bảo vệ Trang tính), hoặc mở một bản sửa được, rồi thử lại.",
    itemNotFound:
      "Không tìm thấy trang tính hoặc tên vùng (Name) mà Thi Đua cần; có thể nó vừa bị xóa hoặc đổi tên. Hãy thử lại; nếu vẫn lỗi, hãy chèn lại biểu mẫu.",
    itemAlreadyExists:
      "Trong tệp đã có một trang tính hoặc tên vùng (Name) trùng với tên Thi Đua đang ghi; có thể tệp vừa được sửa trong lúc ghi. Hãy thử lại.",
    payloadTooLarge:
      "Dữ liệu quá lớn để Excel nhận một lần. Hãy thử lại; nếu vẫn lỗi, hãy tạo bảng tổng hợp trên trang Thi Đua trong trình duyệt rồi mở tệp đó.",
    invalidArgument:
      "Excel không nhận dữ liệu Thi Đua gửi tới. Hãy thử lại; nếu vẫn lỗi, hãy dùng trang Thi Đua trên trình duyệt và báo cho người quản trị.",
    general:
      "Excel chưa làm được việc này. Hãy lưu tệp, đóng rồi mở lại ngăn Thi Đua và thử lại; nếu vẫn lỗi, hãy dùng trang Thi Đua trên trình duyệt.",
    unexpected:
      "Thi Đua gặp lỗi ngoài dự kiến. Hãy thử lại; nếu vẫn lỗi, hãy tải lại ngăn Thi Đua hoặc dùng trang Thi Đua trên trình duyệt.",
    startupFailed:
      "Không mở được Thi Đua. Hãy đóng ngăn này rồi mở lại; nếu vẫn lỗi, hãy dùng trang Thi Đua trên trình duyệt.",
    passwordSheets:
      "Trang tính {sheets} được bảo vệ bằng mật khẩu nên Thi Đua không đánh dấu (hoặc bỏ đánh dấu) ô lỗi ở đó được; các trang tính khác đã xong. Hãy bỏ bảo vệ trang tính đó: Review → Unprotect Sheet (Xem lại → Bỏ bảo vệ Trang tính), rồi thử lại.",
    reportExists: "Tệp Excel này đã có báo cáo của {unit}, kỳ {period} (trang tính {sheets}).",
    replaceQuestion:
      "Thay báo cáo đó bằng biểu mẫu mới? Các trang của báo cáo cũ được cất đi (ẩn) và bị xóa ở lần ghi sau; trước đó, nút Hoàn tác trả lại chúng.",
    replace: "Thay báo cáo cũ",
    keep: "Không chèn",
    kept: "Chưa chèn gì; báo cáo cũ giữ nguyên.",
    unknown: "(không rõ)",
    referencesBreak:
      "Bảng tổng hợp mới sẽ thay các trang của bảng tổng hợp cũ ({sheets}); {count} công thức hoặc tên vùng (Name) của bạn trỏ tới các trang đó sẽ thành #REF!: {places}. Biểu đồ của bạn lấy số liệu ở các trang đó cũng sẽ mất số liệu.",
    referencesUnchecked: "Trang tính {sheets} quá lớn để đọc hết, nên có thể còn công thức khác.",
    referencesBreakReport:
      "Báo cáo mới sẽ thay các trang của báo cáo cũ ({sheets}); {count} chỗ của bạn trỏ tới các trang đó sẽ thành #REF! hoặc mất số liệu: {places}.",
    referencesBreakCampaign:
      "Kế hoạch mới sẽ thay các trang của kế hoạch cũ ({sheets}); {count} chỗ của bạn trỏ tới các trang đó sẽ thành #REF! hoặc mất số liệu: {places}.",
    referencesNotRead: "Chưa kiểm tra được: {what}.",
    referencesQuestion:
      "Vẫn thay? Các chỗ đó sẽ thành #REF! hoặc mất số liệu; có thể chèn vào một tệp Excel mới thay vì thế.",
    replaceAnyway: "Vẫn thay (các chỗ đó thành #REF!)",
    referencePlaces: {
      list: "danh sách thả xuống",
      validation: "quy tắc kiểm tra dữ liệu",
      conditionalFormat: "định dạng có điều kiện",
      chart: "{sheet}: biểu đồ {name}",
      pivot: "{sheet}: PivotTable {name}",
      validationUnread:
        "quy tắc kiểm tra dữ liệu (Data Validation) ở trang tính {sheet}, quá nhiều để đọc hết",
      chartsUnread:
        "biểu đồ ở trang tính {sheet} (phiên bản Excel này chưa có ExcelApi 1.15 nên không cho biết biểu đồ lấy số liệu ở đâu)",
      pivotsUnread:
        "PivotTable ở trang tính {sheets} (phiên bản Excel này chưa có ExcelApi 1.15 nên không cho biết PivotTable lấy số liệu ở đâu)",
      tooLargeUnread: "{count} phần quá lớn để Excel trả về trong một lần đọc",
    },
    andMore: "và {count} chỗ khác",
    referencesAdvice:
      "Nên ghi bảng tổng hợp vào một tệp Excel mới, hoặc sửa các công thức đó để dùng tên vùng của ô (TD_…) thay cho địa chỉ ô: tên vùng luôn trỏ tới bảng tổng hợp mới nhất.",
    breakAnyway: "Vẫn ghi (các công thức đó thành #REF!)",
    dontWrite: "Không ghi",
    notWritten: "Chưa ghi gì; bảng tổng hợp cũ giữ nguyên.",
    apiNotFound:
      "Phiên bản Excel này thiếu một chức năng Thi Đua cần. Hãy cập nhật Office: File → Account → Update Options → Update Now (Tệp → Tài khoản → Tùy chọn Cập nhật → Cập nhật Ngay), hoặc dùng trang Thi Đua trên trình duyệt.",
    conflict:
      "Người khác đang sửa tệp này cùng lúc nên Excel từ chối thay đổi. Chờ một lát cho Excel đồng bộ, rồi thử lại.",
    rangeConflict:
      "Vùng ô Thi Đua cần ghi đang bị lọc, gộp ô hoặc nằm trong một PivotTable, nên Excel từ chối. Hãy bỏ lọc: Data → Clear (Dữ liệu → Xóa), hoặc ghi vào một tệp Excel mới, rồi thử lại.",
    chartFailed:
      "Excel không vẽ được một biểu đồ. Hãy thử lại; nếu vẫn lỗi, dùng trang Thi Đua trên trình duyệt (số liệu trong các trang tính không bị ảnh hưởng).",
    inactiveWorkbook:
      "Tệp Excel mà Thi Đua đang làm việc không còn được chọn (bạn vừa chuyển sang tệp khác hoặc đóng nó). Hãy chọn lại tệp đó rồi thử lại.",
    invalidOperation:
      "Excel chưa cho làm việc này lúc này: tệp có thể đang mở chỉ để đọc (hãy bấm Bật chỉnh sửa), hoặc một hộp thoại của Excel đang mở (hãy đóng nó). Rồi thử lại.",
    busy: "Excel đang bận xử lý quá nhiều yêu cầu. Chờ khoảng một phút rồi thử lại.",
    requestAborted:
      "Excel trên web đã ngắt yêu cầu (mạng chậm hoặc máy chủ bận); những gì đang ghi dở sẽ được dọn khi bạn làm lại. Kiểm tra kết nối mạng rồi thử lại.",
    connection:
      "Mất kết nối giữa ngăn Thi Đua và Excel. Hãy lưu tệp, đóng rồi mở lại ngăn Thi Đua và thử lại.",
    internal:
      "Thi Đua gặp lỗi nội bộ. Hãy đóng rồi mở lại ngăn Thi Đua và thử lại; nếu vẫn lỗi, báo mã lỗi bên dưới cho người hỗ trợ.",
    errorCode: "Mã lỗi (cho người hỗ trợ): {code}",
    swapUndoPending:
      "Excel dừng lại khi đang đặt các trang mới vào chỗ, trước khi chúng có hiệu lực, và chưa trả lại được các trang cũ. Hãy đóng rồi mở lại ngăn Thi Đua: ngăn sẽ trả lại nguyên vẹn các trang cũ. Sau đó thử lại.",
    swapFinishPending:
      "Các trang mới đã vào chỗ và có hiệu lực; Excel dừng lại trước khi xóa xong các trang và tên vùng cũ mà chúng thay thế. Hãy đóng rồi mở lại ngăn Thi Đua: ngăn sẽ xóa nốt. Không cần ghi lại.",
    swapUnknown:
      "Excel dừng lại khi đang đặt các trang mới vào chỗ và hiện không đọc được tệp. Hãy đóng rồi mở lại ngăn Thi Đua: khi đó tệp giữ nguyên vẹn hoặc toàn bộ nội dung trước đây, hoặc toàn bộ các trang mới. Hãy kiểm tra, nếu vẫn là nội dung trước đây thì ghi lại.",
    hiddenOurSheet:
      "Ô {cell} nằm ở trang tính {sheet}, là trang tính ẩn Thi Đua dùng để lưu thông tin của biểu mẫu, nên không đi tới được. Lỗi ở trang này thường do biểu mẫu bị sửa tay: hãy chèn lại biểu mẫu rồi nhập lại số liệu.",
    hiddenSheet:
      "Ô {cell} nằm ở trang tính {sheet} đang bị ẩn. Bấm chuột phải vào tên một trang tính → Unhide… (Bỏ ẩn…), chọn {sheet}, rồi bấm lại vào lỗi.",
    campaignExists: "Tệp Excel này đã có một kế hoạch thi đua (trang tính {sheets}).",
    replaceCampaignQuestion:
      "Thay kế hoạch đó bằng kế hoạch mới? Các trang của kế hoạch cũ được cất đi (ẩn) và bị xóa ở lần ghi sau (trước đó, nút Hoàn tác trả lại chúng); muốn giữ cả hai, hãy chèn kế hoạch mới vào một tệp Excel khác.",
    replaceCampaign: "Thay kế hoạch cũ",
    writeCancelled: "Đã dừng ghi: các trang đang ghi dở đã được xóa, bảng tổng hợp cũ (nếu có) giữ nguyên.",
  },
  undoWrite: {
    summary: "Hoàn tác tổng hợp vừa ghi",
    report: "Hoàn tác biểu mẫu vừa chèn",
    campaign: "Hoàn tác kế hoạch vừa chèn",
    redoSummary: "Làm lại tổng hợp vừa hoàn tác",
    redoReport: "Làm lại biểu mẫu vừa hoàn tác",
    redoCampaign: "Làm lại kế hoạch vừa hoàn tác",
    kept: "Bản cũ được giữ (ẩn) trong tệp đến lần ghi sau, để có thể hoàn tác.",
    done: "Đã trả lại bản trước đó. Bản vừa bỏ được giữ (ẩn) đến lần ghi sau: bấm lại nút để làm lại.",
    redone:
      "Đã làm lại lần ghi vừa hoàn tác. Bản trước đó được giữ (ẩn) đến lần ghi sau: bấm lại nút để hoàn tác.",
    nothingToUndo:
      "Không còn bản cũ để hoàn tác: đã có một lần ghi khác sau đó, hoặc các trang cũ đã bị xóa.",
  },
  sharedWorkbook: {
    writing:
      "Một ngăn Thi Đua khác (ở cửa sổ khác, hoặc của người đang cùng sửa tệp trên web) đang ghi vào tệp này từ {time}. Hãy chờ lần ghi đó xong rồi thử lại. Nếu không còn ngăn nào đang ghi, 10 phút sau lúc bắt đầu Thi Đua sẽ tự dọn phần ghi dở.",
  },
  summaryChart: {
    topAndBottom:
      "Điểm thi đua: {best} đơn vị cao nhất và {worst} đơn vị thấp nhất trong {count} đơn vị có điểm",
    blocTitle: "Điểm bình quân theo cụm",
    blocTopAndBottom: "Điểm bình quân: {best} cụm cao nhất và {worst} cụm thấp nhất trong {count} cụm",
    averageScore: "Điểm bình quân",
    scoredUnits: "Số đơn vị có điểm",
    omitted: "… ({count} đơn vị khác)",
    omittedBlocs: "… ({count} cụm khác)",
  },
  nominations: {
    person: "Cá nhân",
    work: "Công trình, sáng kiến",
    unitSubject: "Đơn vị",
    scopeUnit: "Mỗi đơn vị",
    lineNo: "STT",
    help: "Mỗi cá nhân hoặc công trình, sáng kiến một dòng, từ dòng đầu. Chọn đối tượng, hình thức đề nghị và trực tiếp sản xuất (Có hoặc Không) trong danh sách thả xuống; giá trị làm lợi ghi số đồng, để trống nếu không có. Không chèn thêm dòng: các dòng để trống không được đọc.",
    listsHeading: "Danh sách để chọn",
    listTitle: "Chọn trong danh sách",
    listHelp: "Chọn một giá trị trong danh sách thả xuống.",
    moneyTitle: "Số đồng",
    moneyHelp: "Ghi số đồng nguyên, không âm; để trống nếu không có giá trị làm lợi.",
    noName:
      'Dòng {line} của trang tính "{sheet}" có nội dung nhưng thiếu họ tên hoặc tên công trình, sáng kiến (ô {cell}).',
    noAward: 'Dòng {line} ({name}) chưa có hình thức đề nghị (ô {cell} của trang tính "{sheet}").',
    unknownAward:
      'Hình thức "{value}" ở ô {cell} của trang tính "{sheet}" không có trong kế hoạch thi đua; chọn một trong: {awards}.',
    badSubject:
      'Đối tượng ở ô {cell} của trang tính "{sheet}" phải là Cá nhân hoặc Công trình, sáng kiến (đang ghi "{value}").',
    subjectMismatch:
      'Hình thức "{award}" dành cho {wanted}, nhưng dòng {line} ghi {given} (ô {cell} của trang tính "{sheet}").',
    badYesNo:
      'Ô {cell} của trang tính "{sheet}" (trực tiếp sản xuất) phải ghi Có hoặc Không (đang ghi "{value}").',
    badValue:
      'Giá trị làm lợi ở ô {cell} của trang tính "{sheet}" phải là số đồng nguyên, không âm (đang ghi "{value}").',
    cut: 'Ô {cell} của trang tính "{sheet}" dài quá {max} ký tự; chỉ đọc {max} ký tự đầu.',
    formula:
      'Ô {cell} của trang tính "{sheet}" chứa công thức; chỉ đọc kết quả dưới dạng chữ. Hãy ghi thẳng nội dung vào ô.',
    unshowable:
      'Ô {cell} của trang tính "{sheet}" chứa ký tự điều khiển hoặc ký tự đổi chiều văn bản; hãy gõ lại nội dung ô.',
    outsideLines:
      'Ô {cell} của trang tính "{sheet}" có nội dung nhưng nằm ngoài các dòng của danh sách (có thể là dòng chèn thêm), nên không được đọc. Hãy chép nội dung vào một dòng trống của danh sách.',
    linesUnreadable:
      "Số dòng của danh sách đề nghị khen thưởng ở ô {cell} của trang tính ẩn TD_META không đọc được (phải từ 50 đến {max}); hãy tạo lại báo cáo từ bảng tổng hợp.",
    awardsUnreadable:
      "Danh sách hình thức khen thưởng ở ô {cell} của trang tính ẩn TD_META không đọc được; hãy tạo lại biểu mẫu từ kế hoạch thi đua.",
    rejectUnknownAward:
      'Tệp {file} (đơn vị {code}) đề nghị hình thức "{award}" ở ô {cell} của trang tính "{sheet}", không có trong kế hoạch thi đua; chọn một trong: {awards}.',
    sheet: "Danh sách đề nghị khen thưởng",
    title: "DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG CÁ NHÂN, CÔNG TRÌNH, SÁNG KIẾN — {period}",
    listSection: "I. Cá nhân, công trình, sáng kiến được đề nghị",
    awardSection: "II. Số đề nghị theo hình thức khen thưởng",
    unitSection: "III. Số đề nghị theo đơn vị",
    reviewSection: "IV. Những điểm Hội đồng cần xem xét",
    count: "Số đề nghị",
    direct: "Trong đó trực tiếp sản xuất",
    share: "Tỷ lệ trực tiếp sản xuất",
    minShare: "Tỷ lệ tối thiểu theo kế hoạch",
    quota: "Số lượng theo kế hoạch",
    scope: "Phạm vi",
    remark: "Nhận xét",
    total: "Tổng số",
    noQuota: "Không giới hạn",
    overQuota: "Vượt số lượng",
    belowShare: "Dưới tỷ lệ",
    withinPlan: "Trong kế hoạch",
    noneProposed: "Chưa đơn vị nào đề nghị.",
    nothingToReview: "Không có điểm nào cần xem xét.",
    overUnit: 'Đơn vị {unit} đề nghị {count} "{award}", vượt số lượng {quota} cho mỗi đơn vị ({cells}).',
    overBloc: 'Cụm {bloc} đề nghị {count} "{award}", vượt số lượng {quota} cho mỗi cụm (đơn vị {units}).',
    overProvince: '{scope} đề nghị {count} "{award}", vượt số lượng {quota} (đơn vị {units}).',
    shareBelow:
      '"{award}": {direct} trong {count} đề nghị là công nhân, lao động trực tiếp sản xuất ({share}), dưới tỷ lệ {min} kế hoạch đặt ra.',
    cellsOf: "ô {cells} của trang tính {sheet}",
    cellsOfRound: "ô {cells} của trang tính {sheet} trong báo cáo {round}",
    unknownSubject: '{table}: đối tượng "{value}" không hợp lệ; chọn một trong: {subjects}.',
    unitOnly:
      "{table}: ô {column} chỉ dùng cho khen thưởng cá nhân, công trình; khen thưởng đơn vị bỏ trống.",
    badShare: '{table}: tỷ lệ "{value}" phải từ 0% đến 100%.',
  },
} as const;
