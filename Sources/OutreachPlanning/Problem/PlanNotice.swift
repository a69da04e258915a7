import OutreachModel

/// Something the planner could not cover from the data, printed with the plan so nobody mistakes a gap in the
/// data for a gap in the plan.
public enum PlanNotice: Hashable, Sendable, Codable {
    /// The official holiday schedule for the year is not in the data: only weekends count as rest days.
    case holidaysMissing(year: Int)
    /// A venue schedule the calendar cannot answer from this day on (an academic calendar that ends, say).
    case calendarUnknown(schedule: String, from: CivilDate)
    /// Venues in a region that has no target; they are planned only for surplus.
    case regionWithoutTarget(region: String, venues: Int)
    /// A kept drive whose venue, campaign or team no longer exists; it is dropped.
    case keptDriveDropped(DriveID)
}
