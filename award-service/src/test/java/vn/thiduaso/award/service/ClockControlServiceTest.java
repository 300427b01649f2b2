package vn.thiduaso.award.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import vn.thiduaso.award.config.AwardClock;
import vn.thiduaso.award.config.AwardCycleConfig;
import vn.thiduaso.platform.problem.NotFoundException;
import vn.thiduaso.platform.security.CallerScope;

/** Where clock control is not enabled (every stack but the tests and the e2e stack) it does not exist: 404, even for the system administrator. */
class ClockControlServiceTest {

    @Test
    void disabledClockControlIsNotFoundEvenForTheAdmin() {
        AwardClock clock = new AwardClock(Clock.systemUTC());
        AwardCycleConfig off = new AwardCycleConfig() {
            @Override
            public boolean clockControlEnabled() {
                return false;
            }

            @Override
            public int objectionsPerHour() {
                return 5;
            }
        };
        ClockControlService control = new ClockControlService(clock, off, new AccessPolicy());
        CallerScope admin = CallerScope.system("test");
        assertThrows(NotFoundException.class, () -> control.read(admin));
        assertThrows(NotFoundException.class, () -> control.move(admin, 3600));
        assertEquals(Duration.ZERO, clock.offset());
    }
}
