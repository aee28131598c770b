package vn.hoinghi.supervision;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.hoinghi.assembly.Stage;
import vn.hoinghi.shared.Texts;

/**
 * The tracker as SQL: one query per page joins each school of the body with its assembly of the school
 * year, the dossier, the last plenary convocation, the plenary record, the board election and the
 * reported planned date, so 2,500 schools cost one short query per page and no query per row.
 * Portable SQL (H2 and PostgreSQL). A read model across modules' tables; all writes go through services.
 */
@Component
class TrackerQueries {

    /** What the query needs besides the filter: who is asking, for which season, and which day it is. */
    record Scope(long bodyId, String schoolYear, Long seasonId, LocalDate fileBy, LocalDate holdBy, LocalDate today) {
    }

    private final JdbcClient jdbc;

    TrackerQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** What a query joins to each school: nothing, its assembly and dossier, or everything a row shows. */
    private enum Joins { NONE, ASSEMBLY, FULL }

    /**
     * A page in two steps: the page's schools are chosen on what the filter and the order need (the school alone,
     * or with its assembly and dossier), then only those schools are joined with the meetings, the plenary record,
     * the election and the planned date. Joining everything for every school of the body first cost 110 ms at
     * 2,500 schools on H2 (and 60 ms more for the count) and grew with the province.
     */
    List<TrackerRow> rows(Scope scope, TrackerFilter filter, TrackerSort sort, int offset, int limit) {
        if (needsFullRows(sort)) {
            return page(scope, filter, sort, offset, limit, null);
        }
        Map<String, Object> params = new HashMap<>();
        String inner = inner(scope, filter, params, joinsFor(filter, sort), false);
        String ids = bySchool(sort)
                // in name order, not wrapped: H2 then walks ix_school_body_search and stops at the page's end
                // (EXPLAIN at 2,500 schools: 61 schools read for the accepted filter instead of 2,502 and a sort
                // of 2,126). H2 walks an index in order only when the order names its columns from the first.
                ? inner + " order by s.supervising_body_id" + dir(sort) + ", s.search_key" + dir(sort)
                        + ", s.id" + dir(sort)
                : "select t.school_id from (" + inner + ") t order by " + order(sort);
        ids += " offset :offset rows fetch next :limit rows only";
        params.put("offset", Math.max(offset, 0));
        params.put("limit", Math.max(limit, 0));
        List<Long> page = jdbc.sql(ids).params(params).query((rs, n) -> rs.getLong("school_id")).list();
        if (page.isEmpty()) {
            return List.of();
        }
        return page(scope, filter, sort, 0, page.size(), page);
    }

    /** The rows of the given schools (all matching ones when null), fully joined, in the page's order. */
    private List<TrackerRow> page(Scope scope, TrackerFilter filter, TrackerSort sort, int offset, int limit,
                                  List<Long> schools) {
        Map<String, Object> params = new HashMap<>();
        String inner = inner(scope, filter, params, Joins.FULL, false);
        if (schools != null) {
            inner += " and s.id in (:schools)";
            params.put("schools", schools);
        }
        String sql = "select * from (" + inner + ") t order by " + order(sort)
                + " offset :offset rows fetch next :limit rows only";
        params.put("offset", Math.max(offset, 0));
        params.put("limit", Math.max(limit, 0));
        return jdbc.sql(sql).params(params).query((rs, n) -> row(rs, scope)).list();
    }

    private static boolean bySchool(TrackerSort sort) {
        return sort == null || sort.column() == TrackerSort.Column.SCHOOL;
    }

    private static String dir(TrackerSort sort) {
        return sort == null || sort.ascending() ? " asc" : " desc";
    }

    /** Ordering by the planned or the held date needs the joins the first step leaves out. */
    private static boolean needsFullRows(TrackerSort sort) {
        TrackerSort.Column c = sort == null ? TrackerSort.Column.SCHOOL : sort.column();
        return c == TrackerSort.Column.PLANNED || c == TrackerSort.Column.HELD;
    }

    /** The assembly and the dossier are joined only for a filter or an order on the stage, deadline or state. */
    private static Joins joinsFor(TrackerFilter filter, TrackerSort sort) {
        boolean byAssembly = !filter.states().isEmpty() || !filter.stages().isEmpty() || filter.notLaunched();
        TrackerSort.Column c = sort == null ? TrackerSort.Column.SCHOOL : sort.column();
        return byAssembly || c != TrackerSort.Column.SCHOOL ? Joins.ASSEMBLY : Joins.NONE;
    }

    int count(Scope scope, TrackerFilter filter) {
        Map<String, Object> params = new HashMap<>();
        // counted on the joined tables, not over a derived table of every school's figures (a third of its time)
        String sql = inner(scope, filter, params, joinsFor(filter, null), true);
        return jdbc.sql(sql).params(params).query(Integer.class).single();
    }

    TrackerTotals totals(Scope scope) {
        Map<String, Object> params = new HashMap<>();
        String sql = "select stage_key, filing_state, on_time, count(*) as n from ("
                + "select t.stage_key, t.filing_state, case when t.submitted_on is null then null"
                + " when t.deadline is null or t.submitted_on <= t.deadline then 1 else 0 end as on_time"
                + " from (" + inner(scope, TrackerFilter.all(scope.schoolYear()), params, Joins.ASSEMBLY, false)
                + ") t) u"
                + " group by stage_key, filing_state, on_time";
        Map<Stage, Long> byStage = new EnumMap<>(Stage.class);
        Map<FilingState, Long> byState = new EnumMap<>(FilingState.class);
        long[] sums = new long[4]; // schools, not launched, on time, late
        jdbc.sql(sql).params(params).query(rs -> {
            long n = rs.getLong("n");
            String stage = rs.getString("stage_key");
            sums[0] += n;
            if (NOT_LAUNCHED.equals(stage)) {
                sums[1] += n;
            } else {
                byStage.merge(Stage.valueOf(stage), n, Long::sum);
            }
            byState.merge(FilingState.valueOf(rs.getString("filing_state")), n, Long::sum);
            Integer onTime = rs.getObject("on_time", Integer.class);
            if (onTime != null) {
                sums[onTime == 1 ? 2 : 3] += n;
            }
        });
        return new TrackerTotals(sums[0], sums[1], byStage, byState, sums[2], sums[3]);
    }

    /** The body's regular assemblies of the school year that are still going: their deadlines can move. */
    List<Long> openAssemblies(long bodyId, String schoolYear) {
        return jdbc.sql("select a.id from assembly a join school s on s.id = a.school_id"
                        + " where s.supervising_body_id = :body and a.regular_year = :year"
                        + " and a.stage not in ('SIX_MONTH_REVIEW', 'CLOSED') order by a.id")
                .param("body", bodyId).param("year", schoolYear).query(Long.class).list();
    }

    /** Whether the assembly belongs to a school that is under the body today. */
    boolean assemblyUnderBody(long assemblyId, long bodyId) {
        return jdbc.sql("select count(*) from assembly a join school s on s.id = a.school_id"
                        + " where a.id = :id and s.supervising_body_id = :body")
                .param("id", assemblyId).param("body", bodyId).query(Integer.class).single() > 0;
    }

    /** Schools under the body with a launched regular assembly of the school year. */
    List<Long> schoolsWithAssembly(long bodyId, String schoolYear) {
        return jdbc.sql("select a.school_id from assembly a join school s on s.id = a.school_id"
                        + " where s.supervising_body_id = :body and a.regular_year = :year")
                .param("body", bodyId).param("year", schoolYear).query(Long.class).list();
    }

    String bodyName(long bodyId) {
        return jdbc.sql("select name from supervising_body where id = :id").param("id", bodyId)
                .query(String.class).optional().orElse("");
    }

    static final String NOT_LAUNCHED = "NOT_LAUNCHED";

    /**
     * Each school of the body with its figures (or their count), the filter applied to the base tables here rather
     * than to a derived table outside: the search then narrows the schools before the joins, not after.
     */
    private static String inner(Scope scope, TrackerFilter filter, Map<String, Object> params, Joins joins,
                                boolean count) {
        params.put("bodyId", scope.bodyId());
        if (joins == Joins.NONE) {
            // no state, stage or launch filter: the search alone, on the school
            return "select " + (count ? "count(*)" : "s.id as school_id, s.search_key as search_key")
                    + " from school s where s.supervising_body_id = :bodyId" + where(filter, null, params);
        }
        boolean full = joins == Joins.FULL;
        params.put("year", scope.schoolYear());
        params.put("today", scope.today());
        params.put("soon", scope.today().plusDays(FilingState.DUE_SOON_DAYS));
        String deadline = "coalesce(d.deadline, a.filing_deadline)";
        if (scope.fileBy() != null) {
            // a school that has not launched yet is held to the season's deadline
            deadline = "coalesce(d.deadline, a.filing_deadline, :fileBy)";
            params.put("fileBy", scope.fileBy());
        }
        String state = "case when a.stage = 'CANCELLED' then 'NOT_DUE'"
                + " when d.status = 'ACCEPTED' then 'ACCEPTED'"
                + " when d.status = 'SUBMITTED' then 'SUBMITTED'"
                + " when d.status = 'RETURNED' then 'RETURNED'"
                + " when " + deadline + " is null then 'NOT_DUE'"
                + " when " + deadline + " < :today then 'OVERDUE'"
                + " when " + deadline + " <= :soon then 'DUE_SOON'"
                + " else 'NOT_DUE' end";
        StringBuilder stageOrder = new StringBuilder("case a.stage");
        for (Stage s : Stage.values()) {
            stageOrder.append(" when '").append(s.name()).append("' then ").append(s.ordinal());
        }
        stageOrder.append(" else -1 end");
        // of the school only what ix_school_body_search holds unless a row is shown: H2 then reads the page's
        // schools from that index in name order (EXPLAIN: with s.name it took ix_school_body and sorted them all)
        StringBuilder sql = new StringBuilder("select s.id as school_id,"
                + (full ? " s.name as school_name," : "")
                + " s.search_key as search_key, a.id as assembly_id, a.stage as stage, a.elect_board as elect_board,"
                + " coalesce(a.stage, '" + NOT_LAUNCHED + "') as stage_key,"
                + " " + stageOrder + " as stage_order,"
                + " " + deadline + " as deadline,"
                + " d.submitted_on as submitted_on, d.return_reason as return_reason,"
                + " a.cancel_reason as cancel_reason,"
                + " " + state + " as filing_state");
        if (count) {
            sql.setLength(0);
            sql.append("select count(*)");
        } else if (full) {
            params.put("seasonId", scope.seasonId() == null ? -1L : scope.seasonId());
            sql.append(", coalesce(a.plenary_on, p.planned_on) as planned_on,"
                    + " p.planned_on as reported_on,"
                    + " case when r.written_ballot = true then r.resolution_adopted_on else m.held_on end as held_on,"
                    + " m.present as present, m.convened as convened, m.quorum_reached as quorum_reached,"
                    + " r.resolution_adopted as resolution_adopted,"
                    + " case when e.id is null then 0 else 1 end as board_elected");
        }
        sql.append(" from school s");
        boolean filed = count && filedOnly(filter);
        if (filed) {
            // counting a filed dossier's state only: its school has the year's regular assembly (a cancelled one
            // shows as not due), so inner joins say it instead of working out every school's state (at 2,500 on
            // H2: 13 ms of CPU against 17 for the left joins, both counted flat). Not for a page: with inner
            // joins H2 leaves ix_school_body_search for ix_school_body and sorts every school again
            sql.append(" join assembly a on a.school_id = s.id and a.regular_year = :year and a.stage <> 'CANCELLED'"
                    + " join dossier d on d.assembly_id = a.id and d.status in (:states)");
        } else {
            // the year's regular assembly (one per school: a unique key), or else the last one cancelled that
            // year (shown as cancelled). Written as one join over the school's assemblies: the former
            // `a.id = coalesce((subquery), (subquery))` ran two subqueries per school and cost 60 ms at 2,500
            sql.append(" left join assembly a on a.school_id = s.id and (a.regular_year = :year"
                + " or (a.cancelled_year = :year and not exists (select 1 from assembly b where b.school_id = s.id"
                + " and (b.regular_year = :year or (b.cancelled_year = :year and b.id > a.id)))))"
                + " left join dossier d on d.assembly_id = a.id");
        }
        if (full) {
            sql.append(" left join plenary_record r on r.assembly_id = a.id"
                    + " left join board_election e on e.assembly_id = a.id"
                    + " left join meeting m on m.assembly_id = a.id and m.kind = 'PLENARY' and m.id ="
                    + " (select max(m2.id) from meeting m2 where m2.assembly_id = a.id and m2.kind = 'PLENARY')"
                    + " left join planned_date_report p on p.school_id = s.id and p.season_id = :seasonId");
        }
        sql.append(" where s.supervising_body_id = :bodyId").append(where(filter, filed ? null : state, params));
        if (filed) {
            // the same names the dossier's status has (FilingState.of)
            params.put("states", filter.states().stream().map(Enum::name).toList());
        }
        return sql.toString();
    }

    private static final Set<FilingState> FILED = EnumSet.of(FilingState.SUBMITTED, FilingState.RETURNED,
            FilingState.ACCEPTED);

    private static boolean filedOnly(TrackerFilter filter) {
        return !filter.states().isEmpty() && FILED.containsAll(filter.states());
    }

    private static String where(TrackerFilter filter, String state, Map<String, Object> params) {
        StringBuilder sql = new StringBuilder();
        String key = Texts.searchKey(filter.search());
        if (!key.isEmpty()) {
            sql.append(" and s.search_key like :search escape '!'");
            params.put("search", "%" + key.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%");
        }
        if (!filter.states().isEmpty() && state != null) {
            sql.append(" and (").append(state).append(") in (:states)");
            params.put("states", filter.states().stream().map(Enum::name).toList());
        }
        if (!filter.stages().isEmpty() || filter.notLaunched()) {
            sql.append(" and (");
            if (!filter.stages().isEmpty()) {
                sql.append("a.stage in (:stages)");
                params.put("stages", filter.stages().stream().map(Enum::name).toList());
            }
            if (filter.notLaunched()) {
                sql.append(filter.stages().isEmpty() ? "" : " or ").append("a.id is null");
            }
            sql.append(")");
        }
        return sql.toString();
    }

    private static String order(TrackerSort sort) {
        TrackerSort s = sort == null ? TrackerSort.DEFAULT : sort;
        String dir = s.ascending() ? " asc" : " desc";
        // by name, equal names by id in the same direction: the order ix_school_body_search is walked in
        String then = ", t.search_key, t.school_id";
        return switch (s.column()) {
            case SCHOOL -> "t.search_key" + dir + ", t.school_id" + dir;
            case STAGE -> "t.stage_order" + dir + then;
            case PLANNED -> "t.planned_on" + dir + " nulls last" + then;
            case HELD -> "t.held_on" + dir + " nulls last" + then;
            case DEADLINE -> "t.deadline" + dir + " nulls last" + then;
            case STATE -> stateOrder() + dir + ", t.deadline asc nulls last" + then;
        };
    }

    private static String stateOrder() {
        return "case t.filing_state" + java.util.Arrays.stream(FilingState.values())
                .map(f -> " when '" + f.name() + "' then " + f.ordinal()).collect(Collectors.joining()) + " end";
    }

    private static TrackerRow row(ResultSet rs, Scope scope) throws SQLException {
        Long assemblyId = rs.getObject("assembly_id", Long.class);
        String stage = rs.getString("stage");
        LocalDate planned = rs.getObject("planned_on", LocalDate.class);
        LocalDate deadline = rs.getObject("deadline", LocalDate.class);
        FilingState state = FilingState.valueOf(rs.getString("filing_state"));
        Boolean electBoard = rs.getObject("elect_board", Boolean.class);
        return new TrackerRow(rs.getLong("school_id"), rs.getString("school_name"), assemblyId,
                stage == null ? null : Stage.valueOf(stage), planned,
                assemblyId == null && planned != null,
                planned != null && scope.holdBy() != null && planned.isAfter(scope.holdBy()),
                rs.getObject("held_on", LocalDate.class), rs.getObject("present", Integer.class),
                rs.getObject("convened", Integer.class), rs.getObject("quorum_reached", Boolean.class),
                rs.getObject("resolution_adopted", Boolean.class),
                Boolean.TRUE.equals(electBoard) ? rs.getInt("board_elected") == 1 : null,
                deadline, rs.getObject("submitted_on", LocalDate.class), state,
                state == FilingState.OVERDUE ? FilingState.daysOverdue(deadline, scope.today()) : 0,
                rs.getString("return_reason"), rs.getString("cancel_reason"));
    }
}
