package org.ccmplatform.registry;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** The register as a CSV file: anyone may export it; the ISU imports a whole file or nothing of it. */
@Controller
@RequestMapping("/states")
class RegisterCsvController {

    static final String IMPORT_VIEW = "registry/import";

    private final StateRegister register;
    private final RegisterImport importer;

    RegisterCsvController(StateRegister register, RegisterImport importer) {
        this.register = register;
        this.importer = importer;
    }

    @GetMapping("/export.csv")
    void export(HttpServletResponse response) throws IOException {
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"ccm-states.csv\"");
        Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        RegisterCsv.write(out, register.allProfiles());
        out.flush();
    }

    @GetMapping("/import")
    @PreAuthorize("hasRole('ISU_ADMIN')")
    String importForm(Model model) {
        model.addAttribute("columns", RegisterCsv.COLUMNS);
        return IMPORT_VIEW;
    }

    @PostMapping("/import")
    @PreAuthorize("hasRole('ISU_ADMIN')")
    String importFile(@RequestParam(name = "file", required = false) MultipartFile file, Model model)
            throws IOException {
        model.addAttribute("columns", RegisterCsv.COLUMNS);
        if (file == null || file.isEmpty()) {
            model.addAttribute("report", ImportRejected.file("import.file.missing").report());
            return IMPORT_VIEW;
        }
        if (file.getSize() > RegisterCsv.MAX_BYTES) {
            model.addAttribute("report",
                    ImportRejected.file("import.file.tooLarge", RegisterCsv.MAX_BYTES / 1024).report());
            return IMPORT_VIEW;
        }
        try {
            model.addAttribute("report", importer.importCsv(file.getBytes()));
        } catch (ImportRejected rejected) {
            model.addAttribute("report", rejected.report());
        }
        return IMPORT_VIEW;
    }
}
