package org.huzhu.interfaces.verify.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.io.InputStream;
import java.util.List;
import org.huzhu.application.LetterCheck;
import org.huzhu.application.LetterQuery;
import org.huzhu.domain.model.shared.LetterNumber;
import org.huzhu.interfaces.rest.InvalidInput;
import org.huzhu.interfaces.rest.JsonInput;
import org.huzhu.interfaces.rest.Language;
import org.huzhu.interfaces.rest.LimitedUpload;
import org.huzhu.interfaces.rest.Uploads;

/**
 * {@code POST /verify}, open to anyone: a letter's PDF (as the body, or the {@code file} part of
 * a form), or its number and printed code as JSON. Whatever file arrives, the answer is 200 with
 * the findings; only an upload over 10 MB (413) or a malformed request (400) is refused.
 */
@RequestScoped
@Path("verify")
@PermitAll
public class VerifyResource {

    private static final String FILE_PART = "file";

    @EJB
    private LetterQuery letterQuery;

    @Context
    private HttpHeaders headers;

    @POST
    @Consumes({"application/pdf", MediaType.APPLICATION_OCTET_STREAM})
    @Produces(MediaType.APPLICATION_JSON)
    @LimitedUpload
    public VerificationJson file(InputStream body) {
        return answer(letterQuery.checkFile(Uploads.read(body, language())));
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    @LimitedUpload
    public VerificationJson form(@FormParam(FILE_PART) EntityPart file) {
        if (file == null) {
            throw new InvalidInput(language().pick("请选择要上传的通知书文件（表单字段 file）",
                    "choose the letter's file to upload (form field file)"), List.of());
        }
        return answer(letterQuery.checkFile(Uploads.read(file.getContent(), language())));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public VerificationJson numberAndCode(String body) {
        JsonInput input = JsonInput.parse(body, language());
        String letterNo = input.requiredText("letterNo", "(?i)L\\d{11}");
        String code = input.requiredText("code", null);
        input.throwIfInvalid();
        return answer(letterQuery.checkCode(LetterNumber.parse(letterNo), code));
    }

    private VerificationJson answer(LetterCheck check) {
        return new VerificationJson(check.issued(), check.unchanged().orElse(null), check.current(),
                check.signatureValid(), check.letterNumber().map(LetterNumber::value).orElse(null),
                check.supersededBy().map(LetterNumber::value).orElse(null), check.finding(),
                language().pick(check.chineseReason(), check.englishReason()));
    }

    private Language language() {
        return Language.of(headers);
    }
}
