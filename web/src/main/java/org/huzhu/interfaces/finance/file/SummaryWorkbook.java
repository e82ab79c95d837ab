package org.huzhu.interfaces.finance.file;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.huzhu.application.ReportService.MonthlyPayout;
import org.huzhu.application.ReportService.Summary;
import org.huzhu.domain.model.plan.PlanCode;

/**
 * A period's figures as an XLSX workbook: sheet 汇总 has the summary's rows (类别, 项目, 数值), sheet 月度支付 the
 * claim payouts of each month by plan. Numbers are numeric cells, so finance can sum them; money shows
 * {@code #,##0.00}.
 */
public final class SummaryWorkbook {

    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final String SUMMARY_SHEET = "汇总";
    public static final String MONTHLY_SHEET = "月度支付";
    private static final String MONEY_FORMAT = "#,##0.00";

    private SummaryWorkbook() {
    }

    public static String fileName(Summary summary) {
        return "huzhu-report-" + summary.period().from() + "-" + summary.period().to() + ".xlsx";
    }

    public static byte[] of(Summary summary) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            CellStyle money = workbook.createCellStyle();
            money.setDataFormat(workbook.createDataFormat().getFormat(MONEY_FORMAT));
            String period = summary.period().from() + " 至 " + summary.period().to();

            Sheet figures = workbook.createSheet(SUMMARY_SHEET);
            textRow(figures, 0, "统计期间", period);
            textRow(figures, 1, "类别", "项目", "数值");
            int next = 2;
            for (var line : summary.rows()) {
                Row row = textRow(figures, next++, line.section(), line.item());
                var cell = row.createCell(2);
                cell.setCellValue(line.value().doubleValue());
                if (line.money()) {
                    cell.setCellStyle(money);
                }
            }
            figures.setColumnWidth(0, 36 * 256);
            figures.setColumnWidth(1, 22 * 256);
            figures.setColumnWidth(2, 16 * 256);

            Sheet monthly = workbook.createSheet(MONTHLY_SHEET);
            textRow(monthly, 0, "统计期间", period);
            List<String> header = new ArrayList<>(List.of("月份"));
            for (PlanCode plan : PlanCode.values()) {
                header.add(plan.chineseName() + "（元）");
            }
            textRow(monthly, 1, header.toArray(String[]::new));
            Map<YearMonth, Row> rows = new LinkedHashMap<>();
            for (MonthlyPayout payout : summary.monthlyPayouts()) {
                Row row = rows.computeIfAbsent(payout.month(),
                        month -> textRow(monthly, 2 + rows.size(), month.toString()));
                var cell = row.createCell(1 + PlanCode.valueOf(payout.planCode()).ordinal());
                cell.setCellValue(payout.amount().roundedToFen().amount().doubleValue());
                cell.setCellStyle(money);
            }
            for (int column = 0; column < header.size(); column++) {
                monthly.setColumnWidth(column, (column == 0 ? 12 : 26) * 256);
            }
            workbook.write(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("writing the report workbook", e);
        }
    }

    private static Row textRow(Sheet sheet, int index, String... texts) {
        Row row = sheet.createRow(index);
        for (int i = 0; i < texts.length; i++) {
            row.createCell(i).setCellValue(texts[i]);
        }
        return row;
    }
}
