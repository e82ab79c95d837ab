package org.huzhu.interfaces.finance.rest;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.huzhu.application.GrantQuery.ListedMember;
import org.huzhu.domain.model.grant.StaffList;

/**
 * A staff list as an XLSX workbook: Chinese headers, burdens as numbers (so staff can sort and sum them), one
 * sheet. Streamed, because a province's list can run to thousands of rows.
 */
final class StaffListWorkbook {

    static final List<String> HEADERS = List.of("会员编号", "姓名", "单位", "剩余负担（元）", "重疾或女职工特疾");

    private StaffListWorkbook() {
    }

    static String fileName(StaffList list, int year) {
        return (list == StaffList.FOLLOW_UP ? "follow-ups-" : "file-candidates-") + year + ".xlsx";
    }

    static String title(StaffList list) {
        return list == StaffList.FOLLOW_UP ? "回访名单" : "困难职工建档候选名单";
    }

    static void write(StaffList list, int year, List<ListedMember> members, OutputStream out) throws IOException {
        SXSSFWorkbook workbook = new SXSSFWorkbook(200);
        try {
            Sheet sheet = workbook.createSheet(year + title(list));
            CellStyle yuan = workbook.createCellStyle();
            yuan.setDataFormat(workbook.createDataFormat().getFormat("#,##0.00"));
            Row header = sheet.createRow(0);
            for (int i = 0; i < HEADERS.size(); i++) {
                header.createCell(i).setCellValue(HEADERS.get(i));
            }
            int rowNumber = 1;
            for (ListedMember member : members) {
                Row row = sheet.createRow(rowNumber++);
                row.createCell(0).setCellValue(member.memberNo());
                row.createCell(1).setCellValue(member.name());
                row.createCell(2).setCellValue(member.unitName());
                Cell burden = row.createCell(3);
                burden.setCellValue(Double.parseDouble(member.burden()));
                burden.setCellStyle(yuan);
                row.createCell(4).setCellValue(member.criticalOrFemale() ? "是" : "否");
            }
            workbook.write(out);
        } finally {
            workbook.close();
        }
    }
}
