package org.ccmplatform.registry;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** An import that was refused as a whole; the report says which lines were bad and why. */
public class ImportRejected extends ErrorResponseException {

    private final transient ImportReport report;

    ImportRejected(ImportReport report) {
        super(HttpStatus.UNPROCESSABLE_CONTENT, ProblemDetail.forStatus(HttpStatus.UNPROCESSABLE_CONTENT), null, null,
                new Object[] {report.problems().size()});
        this.report = report;
    }

    static ImportRejected file(String messageCode, Object... arguments) {
        return new ImportRejected(new ImportReport(0, 0, 0, 0,
                List.of(new ImportReport.RowProblem(0, "", messageCode, arguments))));
    }

    public ImportReport report() {
        return report;
    }
}
