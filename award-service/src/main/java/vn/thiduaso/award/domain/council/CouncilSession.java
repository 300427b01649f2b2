package vn.thiduaso.award.domain.council;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import vn.thiduaso.platform.problem.ConflictException;

/**
 * Phiên họp Hội đồng Thi đua - Khen thưởng: its members (with one chair and at most one secretary),
 * attendance and quorum, a voting window opened by the chair, and the agenda of appraised nominations.
 */
@Entity
@Table(name = "council_session")
public class CouncilSession {

    @Id
    public UUID id;

    @Column(name = "round_id", nullable = false)
    public UUID roundId;

    @Column(name = "commune_path", nullable = false)
    public String communePath;

    @Column(nullable = false)
    public String title;

    @Column(name = "scheduled_on")
    public LocalDate scheduledOn;

    public String location;

    /** Bỏ phiếu kín: only that a member voted is shown, never what they chose. */
    @Column(name = "secret_ballot", nullable = false)
    public boolean secretBallot;

    @Column(name = "quorum_percent", nullable = false)
    public int quorumPercent = 50;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public SessionStatus status;

    @Column(name = "opened_at")
    public Instant openedAt;

    @Column(name = "opened_by")
    public String openedBy;

    @Column(name = "voting_closes_at")
    public Instant votingClosesAt;

    @Column(name = "closed_at")
    public Instant closedAt;

    @Column(name = "closed_by")
    public String closedBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Version
    public long version;

    /** Members present × 100 ≥ quorum × total membership. */
    public boolean quorumMet(int present, int totalMembers) {
        return totalMembers > 0 && present * 100L >= (long) quorumPercent * totalMembers;
    }

    /** Ballots are taken while the session is open and its window has not ended. */
    public boolean takesBallots(Instant now) {
        return status == SessionStatus.OPEN && votingClosesAt != null && now.isBefore(votingClosesAt);
    }

    /** Attendance is recorded before and during the vote, never after the close. */
    public void requireAttendanceOpen() {
        if (status == SessionStatus.CLOSED) {
            throw new ConflictException("Phiên họp đã kết thúc, không thể sửa danh sách có mặt");
        }
    }

    /** The chair opens the vote: needs the quorum and a window that ends in the future. */
    public void open(Instant now, String by, Instant closesAt, int present, int totalMembers) {
        if (status != SessionStatus.PLANNED) {
            throw new ConflictException("Phiên họp đang ở trạng thái " + status + ", chỉ mở được phiên chưa họp");
        }
        if (!quorumMet(present, totalMembers)) {
            throw new ConflictException("Chưa đủ số thành viên có mặt để biểu quyết: có mặt " + present + "/" + totalMembers
                    + ", cần ít nhất " + quorumPercent + "%");
        }
        status = SessionStatus.OPEN;
        openedAt = now;
        openedBy = by;
        votingClosesAt = closesAt;
    }

    /** The chair closes the vote (before or after the window ends). */
    public void close(Instant now, String by) {
        if (status != SessionStatus.OPEN) {
            throw new ConflictException("Phiên họp đang ở trạng thái " + status + ", chỉ kết thúc được phiên đang biểu quyết");
        }
        status = SessionStatus.CLOSED;
        closedAt = now;
        closedBy = by;
    }
}
