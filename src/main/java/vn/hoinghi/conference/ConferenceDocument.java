package vn.hoinghi.conference;

import java.time.LocalDate;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A signed conference document, numbered in the body's register, kept exactly as issued. */
@Entity
@Table(name = "conference_document")
class ConferenceDocument {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    Long conferenceId;
    @Enumerated(EnumType.STRING)
    ConferenceDocKind kind;
    /** Which one of its kind: the invitation's guest category (its position + 1), 0 for the schools' one. */
    int part;
    int issueYear;
    int seqNo;
    String symbol;
    LocalDate signedOn;
    String signerName;
    String recordedBy;
    @JdbcTypeCode(SqlTypes.VARBINARY)
    byte[] docxBytes;
    @JdbcTypeCode(SqlTypes.VARBINARY)
    byte[] pdfBytes;

    protected ConferenceDocument() {
    }

    ConferenceDocument(long conferenceId, ConferenceDocKind kind, int part, int issueYear, int seqNo, String symbol,
                       LocalDate signedOn, String signerName, String recordedBy) {
        this.conferenceId = conferenceId;
        this.kind = kind;
        this.part = part;
        this.issueYear = issueYear;
        this.seqNo = seqNo;
        this.symbol = symbol;
        this.signedOn = signedOn;
        this.signerName = signerName;
        this.recordedBy = recordedBy;
    }
}
