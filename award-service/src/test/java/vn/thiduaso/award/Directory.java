package vn.thiduaso.award;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import vn.thiduaso.award.messaging.DirectoryEvents.UnitUpserted;
import vn.thiduaso.award.service.DirectoryService;

/** Records a test commune's units in the directory read model directly (Kafka is proven by ReadModelConsumersTest). */
@ApplicationScoped
public class Directory {

    private final DirectoryService directory;

    public Directory(DirectoryService directory) {
        this.directory = directory;
    }

    public Communes.Commune known(Communes.Commune c) {
        directory.unitUpserted(new UnitUpserted(c.city().id(), "tp-" + c.key(), c.city().name(), "CITY", c.city().path(),
                null, true, null, null));
        directory.unitUpserted(unit(c.commune(), "COMMUNE", c.city().id()));
        directory.unitUpserted(unit(c.office(), "OFFICE", c.commune().id()));
        directory.unitUpserted(unit(c.village(), "VILLAGE", c.commune().id()));
        directory.unitUpserted(unit(c.otherVillage(), "VILLAGE", c.commune().id()));
        return c;
    }

    private static UnitUpserted unit(Communes.Unit u, String kind, UUID parentId) {
        return new UnitUpserted(u.id(), null, u.name(), kind, u.path(), parentId, true, null, null);
    }
}
