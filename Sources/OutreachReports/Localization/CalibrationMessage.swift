import OutreachEvaluation
import OutreachModel
import OutreachPlanning

/// What `calibrate`, `backtest` and a calibrated plan say about the station's own expectations.
public enum CalibrationMessage: Hashable, Sendable {
    case title(workspace: String, from: YearMonth, through: YearMonth)
    case files([String])
    case sectionSeason, sectionFixedSites, sectionDrives, sectionRates, sectionGaps
    case sectionBacktestRegions, sectionBacktestMonths
    case growth(Calibration.Estimate)
    case rate(name: RateName, Calibration.Estimate)
    case gap(CalibrationGap)
    case written(path: String)
    case nothingToCalibrate
    case backtestLine(Calibration.BacktestSummary)
    case backtestTitle(workspace: String, quarters: Int)
    case tooFewQuarters
    /// The plan header: calibrated (months and backtest) or defaults.
    case planBasis(ExpectationBasis?)
    case column(Column)

    public enum RateName: Hashable, Sendable {
        case unitsPerDonation(VenueKind)
        case deferral, firstTime
    }

    public enum Column: String, Hashable, Sendable {
        case month, factor, interval, observations, venue, perDay, perDrive, share, template, kind, region, drives
        case recorded, calibrated, lastYear, defaults, calibratedError, lastYearError, defaultsError, bias
    }
}

extension Catalog {
    /// `12.3 (11.0–13.6)`.
    func withInterval(_ estimate: Calibration.Estimate, digits: Int = 1) -> String {
        Table.decimal(estimate.value, digits: digits, grouped: true) + " ("
            + Table.decimal(estimate.low, digits: digits, grouped: true) + "–"
            + Table.decimal(estimate.high, digits: digits, grouped: true) + ")"
    }

    func percentInterval(_ estimate: Calibration.Estimate) -> String {
        percent(estimate.value) + " (" + percent(estimate.low) + "–" + percent(estimate.high) + ")"
    }
}

extension ChineseCatalog {
    public func calibration(_ message: CalibrationMessage) -> String {
        switch message {
        case .title(let workspace, let from, let through): return "\(workspace) · 按 \(from) 至 \(through) 的记录校准"
        case .files(let files): return "所用文件:" + files.joined(separator: "、")
        case .sectionSeason: return "季节系数(各月每场/每日采血相对全年平均)"
        case .sectionFixedSites: return "固定采血点:季节系数为 1 的月份里平均每个开放日的献血人次"
        case .sectionDrives: return "外出采血:按活动 × 点位类型 × 区县,季节系数为 1 时平均每场献血人次"
        case .sectionRates: return "比率(最近 12 个月)"
        case .sectionGaps: return "数据不足、仍用默认值的参数"
        case .sectionBacktestRegions: return "各区县的平均误差(预测与实际之差占实际的比例)"
        case .sectionBacktestMonths: return "各区县每月:实际与预测(单位数)"
        case .growth(let estimate): return "年增长:\(percentInterval(estimate)),据最近 \(estimate.observations) 个月"
        case .rate(let name, let estimate):
            switch name {
            case .unitsPerDonation(let kind):
                return "每人次单位数(\(self.name(of: kind))):\(withInterval(estimate, digits: 2)),\(estimate.observations) 个月"
            case .deferral: return "暂缓献血率:\(percentInterval(estimate)),\(estimate.observations) 个月"
            case .firstTime: return "初次献血占比:\(percentInterval(estimate)),\(estimate.observations) 个月"
            }
        case .gap(let gap):
            switch gap {
            case .seasonNeedsMonths(let have, let need):
                return "季节系数:只有 \(have) 个月的记录,至少需要 \(need) 个月;沿用 planning.json 的默认"
            case .noVenueDays:
                return "外出采血每场人次:没有按点位和日期的记录(records/drives.csv,由 import records 导入血液管理系统导出生成);沿用活动模板的默认"
            case .venueDaysOutsideRecords: return "外出采血每场人次:点位日记录与月度记录没有重叠的月份;沿用活动模板的默认"
            case .kindWithoutDrives(let kind, let drives):
                return "\(name(of: kind)):只有 \(drives) 场采血记录(至少需要 \(Calibrator.drivesForKind) 场);沿用活动模板的默认"
            case .fixedSiteWithoutDays(let venue, let days): return "固定点 \(venue):只有 \(days) 个有采血的日子;沿用默认日采血量"
            }
        case .written(let path): return "已写入 \(path);此后 outreach plan 将按此校准计算预计采血。"
        case .nothingToCalibrate: return "没有可用于校准的采血记录(records/donations.csv 为空);计划继续使用默认参数。"
        case .backtestLine(let summary):
            return
                "回测(最近 \(summary.quarters) 个季度,\(summary.regionMonths) 个区县·月):校准后平均误差 \(percent(summary.calibratedMAPE))(总量偏差 \(signedPercent(summary.calibratedBias)))"
                + (summary.lastYearMAPE.map { ",上年同月×趋势 \(percent($0))" } ?? "")
                + ",默认参数 \(percent(summary.defaultsMAPE))"
        case .backtestTitle(let workspace, let quarters): return "\(workspace) · 回测最近 \(quarters) 个季度"
        case .tooFewQuarters: return "记录太短,没有可回测的季度(每个季度之前至少要有一个月的记录)。"
        case .planBasis(let basis):
            guard let basis, let from = basis.calibratedFrom, let through = basis.calibratedThrough else {
                return "预计采血:默认参数,未校准(运行 outreach calibrate 按本站记录校准)"
            }
            let error = basis.backtest.map {
                ";回测平均误差 \(percent($0.calibratedMAPE))(最近 \($0.quarters) 个季度,默认参数为 \(percent($0.defaultsMAPE)))"
            }
            return "预计采血:按 \(from) 至 \(through) 的记录校准" + (error ?? "")
                + (basis.gaps.isEmpty ? "" : ";\(basis.gaps.count) 项参数数据不足,仍用默认值(见注意事项)")
        case .column(let column):
            switch column {
            case .month: return "月份"
            case .factor: return "系数"
            case .interval: return "80% 区间"
            case .observations: return "观测数"
            case .venue: return "点位"
            case .perDay: return "每日人次(区间)"
            case .perDrive: return "每场人次(区间)"
            case .share: return "占覆盖人数"
            case .template: return "活动"
            case .kind: return "点位类型"
            case .region: return "区县"
            case .drives: return "场次"
            case .recorded: return "实际单位数"
            case .calibrated: return "校准预测"
            case .lastYear: return "上年同月×趋势"
            case .defaults: return "默认参数"
            case .calibratedError: return "校准误差"
            case .lastYearError: return "上年同月误差"
            case .defaultsError: return "默认参数误差"
            case .bias: return "偏差"
            }
        }
    }
}

extension EnglishCatalog {
    public func calibration(_ message: CalibrationMessage) -> String {
        switch message {
        case .title(let workspace, let from, let through):
            return "\(workspace) · calibrated on the records of \(from) to \(through)"
        case .files(let files): return "Files used: " + files.joined(separator: ", ")
        case .sectionSeason: return "Seasonal factors (a month's yield per drive or per day against the year's mean)"
        case .sectionFixedSites: return "Fixed sites: donations on an average open day in a month of seasonal factor 1"
        case .sectionDrives:
            return "Drives: donations per drive by campaign × venue kind × county, at seasonal factor 1"
        case .sectionRates: return "Rates (last 12 months)"
        case .sectionGaps: return "Parameters the data cannot support; their defaults stay"
        case .sectionBacktestRegions: return "Mean error per county (|predicted − recorded| as a share of recorded)"
        case .sectionBacktestMonths: return "Each county-month: recorded and predicted units"
        case .growth(let estimate):
            return "Yearly growth: \(percentInterval(estimate)), from the last \(estimate.observations) months"
        case .rate(let name, let estimate):
            switch name {
            case .unitsPerDonation(let kind):
                return
                    "Units per donation (\(self.name(of: kind))): \(withInterval(estimate, digits: 2)), \(estimate.observations) months"
            case .deferral: return "Deferral rate: \(percentInterval(estimate)), \(estimate.observations) months"
            case .firstTime: return "First-time share: \(percentInterval(estimate)), \(estimate.observations) months"
            }
        case .gap(let gap):
            switch gap {
            case .seasonNeedsMonths(let have, let need):
                return "Season: only \(have) months of records, \(need) needed; planning.json's default stays"
            case .noVenueDays:
                return
                    "Donations per drive: no records by venue and date (records/drives.csv, written when import records reads a blood-management export); the campaign defaults stay"
            case .venueDaysOutsideRecords:
                return
                    "Donations per drive: the venue-days share no month with the monthly records; the campaign defaults stay"
            case .kindWithoutDrives(let kind, let drives):
                return
                    "\(name(of: kind)): only \(drives) recorded drives (\(Calibrator.drivesForKind) needed); the campaign default stays"
            case .fixedSiteWithoutDays(let venue, let days):
                return "Fixed site \(venue): only \(days) days with donations; the default daily yield stays"
            }
        case .written(let path): return "Wrote \(path); outreach plan now uses it for its expectations."
        case .nothingToCalibrate:
            return "No donation records to calibrate on (records/donations.csv is empty); plans keep the defaults."
        case .backtestLine(let summary):
            return
                "Backtest (last \(summary.quarters) quarters, \(summary.regionMonths) county-months): calibrated mean error \(percent(summary.calibratedMAPE)) (total bias \(signedPercent(summary.calibratedBias)))"
                + (summary.lastYearMAPE.map { ", same month last year × trend \(percent($0))" } ?? "")
                + ", defaults \(percent(summary.defaultsMAPE))"
        case .backtestTitle(let workspace, let quarters):
            return "\(workspace) · backtest of the last \(quarters) quarters"
        case .tooFewQuarters:
            return
                "The records are too short to backtest a quarter (each needs at least one month of records before it)."
        case .planBasis(let basis):
            guard let basis, let from = basis.calibratedFrom, let through = basis.calibratedThrough else {
                return
                    "Expectations: defaults, no calibration (run outreach calibrate to calibrate on the station's records)"
            }
            let error = basis.backtest.map {
                "; backtest mean error \(percent($0.calibratedMAPE)) (last \($0.quarters) quarters; defaults \(percent($0.defaultsMAPE)))"
            }
            return "Expectations: calibrated on the records of \(from) to \(through)" + (error ?? "")
                + (basis.gaps.isEmpty ? "" : "; \(basis.gaps.count) parameters keep their defaults (see notices)")
        case .column(let column):
            switch column {
            case .month: return "Month"
            case .factor: return "Factor"
            case .interval: return "80% interval"
            case .observations: return "Observations"
            case .venue: return "Venue"
            case .perDay: return "Per day (interval)"
            case .perDrive: return "Per drive (interval)"
            case .share: return "Share of reach"
            case .template: return "Campaign"
            case .kind: return "Venue kind"
            case .region: return "County"
            case .drives: return "Drives"
            case .recorded: return "Recorded units"
            case .calibrated: return "Calibrated"
            case .lastYear: return "Last year × trend"
            case .defaults: return "Defaults"
            case .calibratedError: return "Calibrated error"
            case .lastYearError: return "Last-year error"
            case .defaultsError: return "Defaults error"
            case .bias: return "Bias"
            }
        }
    }
}

extension Catalog {
    func signedPercent(_ value: Double) -> String { (value > 0 ? "+" : "") + percent(value) }
}
