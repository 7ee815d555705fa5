package org.helpline.tickets;

import java.util.List;
import java.util.Locale;

import org.helpline.api.ApiException;
import org.helpline.attachments.ClientFiles;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.http.ContentDisposition;

/** The staff tickets API (behind the staff token): lists, one ticket, and its files. */
@RestController
@RequestMapping("/api/tickets")
class TicketsController {

    private final Tickets tickets;
    private final ClientFiles attachments;
    TicketsController(Tickets tickets, ClientFiles attachments) {
        this.tickets = tickets;
        this.attachments = attachments;
    }

    @GetMapping
    ResponseEntity<?> list(@RequestParam(required = false) String status, @RequestParam(required = false) String priority) {
        try {
            TicketStatus byStatus = status == null || status.isBlank() ? null : TicketStatus.valueOf(status.toUpperCase(Locale.ROOT));
            Priority byPriority = priority == null || priority.isBlank() ? null : Priority.valueOf(priority.toUpperCase(Locale.ROOT));
            List<Ticket> found = tickets.list(byStatus, byPriority);
            return ResponseEntity.ok(found);
        } catch (IllegalArgumentException unknown) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "bad_request", null);
        }
    }

    @GetMapping("/{number}")
    ResponseEntity<?> one(@PathVariable String number) {
        return tickets.find(number.toUpperCase(Locale.ROOT))
                .<ResponseEntity<?>>map(ResponseEntity::ok)
                .orElseThrow(() -> new ApiException(HttpStatus.NOT_FOUND, "ticket_not_found", null));
    }

    @GetMapping("/{number}/attachments/{id}")
    ResponseEntity<?> attachment(@PathVariable String number, @PathVariable String id) {
        var ticket = tickets.find(number.toUpperCase(Locale.ROOT));
        if (ticket.isEmpty()) {
            throw new ApiException(HttpStatus.NOT_FOUND, "ticket_not_found", null);
        }
        if (!ticket.get().hasAttachment(id)) {
            throw new ApiException(HttpStatus.NOT_FOUND, "attachment_not_found", null);
        }
        return attachments.open(id)
                .<ResponseEntity<?>>map(file -> ResponseEntity.ok()
                        .contentType(MediaType.parseMediaType(file.ref().contentType()))
                        .contentLength(file.ref().size())
                        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                                .filename(file.ref().filename(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
                        .body(new InputStreamResource(file.content())))
                .orElseThrow(() -> new ApiException(HttpStatus.NOT_FOUND, "attachment_not_found", null));
    }
}
