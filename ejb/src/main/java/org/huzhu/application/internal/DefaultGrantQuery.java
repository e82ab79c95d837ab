package org.huzhu.application.internal;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;
import org.huzhu.application.GrantQuery;
import org.huzhu.domain.model.grant.GrantRepository;
import org.huzhu.domain.model.grant.StaffList;

@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class DefaultGrantQuery implements GrantQuery {

    @Inject
    private GrantRepository grants;

    @Override
    public List<GrantView> ofYear(int year) {
        return grants.ofYear(year).stream().map(grant -> new GrantView(grant.grantNo(), grant.memberNo(),
                grant.kind().name(), grant.burden().toPlainString(), grant.amount().toPlainString())).toList();
    }

    @Override
    public List<ListedMember> list(StaffList list, int year) {
        return grants.list(list, year).stream().map(member -> new ListedMember(member.memberNo(), member.name(),
                member.unitName(), member.burden().toPlainString(), member.criticalOrFemale())).toList();
    }
}
