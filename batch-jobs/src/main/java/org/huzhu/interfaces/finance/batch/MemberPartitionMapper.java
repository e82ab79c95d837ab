package org.huzhu.interfaces.finance.batch;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.partition.PartitionMapper;
import jakarta.batch.api.partition.PartitionPlan;
import jakarta.batch.api.partition.PartitionPlanImpl;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Properties;

/**
 * Splits the approved claims by member ({@code member_id % partitions}): one member's claims share deductibles
 * and caps and must be settled in order, so they always stay in one partition.
 */
@Named("MemberPartitionMapper")
@Dependent
public class MemberPartitionMapper implements PartitionMapper {

    static final String PARTITION = "partition";
    static final String PARTITIONS = "partitions";

    @Inject
    @BatchProperty(name = PARTITIONS)
    String partitions;

    @Override
    public PartitionPlan mapPartitions() {
        int count = Integer.parseInt(partitions);
        if (count < 1 || count > 16) {
            throw new IllegalArgumentException("partitions must be 1..16: " + partitions);
        }
        Properties[] properties = new Properties[count];
        for (int i = 0; i < count; i++) {
            properties[i] = new Properties();
            properties[i].setProperty(PARTITION, Integer.toString(i));
            properties[i].setProperty(PARTITIONS, Integer.toString(count));
        }
        PartitionPlanImpl plan = new PartitionPlanImpl();
        plan.setPartitions(count);
        plan.setThreads(count);
        plan.setPartitionProperties(properties);
        // A restart keeps the first plan and runs only the partitions that did not complete.
        plan.setPartitionsOverride(false);
        return plan;
    }
}
