package se.uppdrag.agreement.service;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where an organisation wants notices, per role; each list replaces the one kept. */
public record NotificationsRequest(
        @Pattern(regexp = "sv|en", message = "must be sv or en") @Schema(example = "sv")
        String language,

        @Size(max = 10)
        @Schema(description = "HR (employers and funders): agreements to answer", example = "[\"hr@verkstad.example\"]")
        List<@NotBlank @Email @Size(max = 254) String> employer,

        @Size(max = 10) @Schema(description = "University administrators", example = "[\"uppdrag@kustland.example\"]")
        List<@NotBlank @Email @Size(max = 254) String> university,

        @Size(max = 10) @Schema(description = "University finance staff", example = "[\"ekonomi@kustland.example\"]")
        List<@NotBlank @Email @Size(max = 254) String> finance) {}
