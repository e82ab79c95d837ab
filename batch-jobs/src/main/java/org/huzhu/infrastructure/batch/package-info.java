/** Starting, stopping, restarting and scheduling Jakarta Batch jobs, and recovering them after a crash. */
package org.huzhu.infrastructure.batch;
