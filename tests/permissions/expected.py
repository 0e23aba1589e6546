"""The expected permission matrix: one row per (admin view, object), one column per role.

Y: allowed (the page is shown, or the action took effect); -: denied (403 or redirect, and
nothing of the page in the response, and no effect) or, for a listing, not listed; .: does not
apply to that object. Objects: own = a service in IDB's agency space; lead = a practice in a
cluster IDB leads (OAS and ICA are members); member = a practice OAS contributed to that
cluster; area = an issue area OAS leads; private = an internal document of the limited-access
platform; pt, es = the Portuguese and Spanish copies of the "lead" practice (a Portuguese
translator works on the first, never on the second).
Roles: anon; idb-ed, idb-pm: IDB's editors and program managers; oas-ed; ica-ed: a prospective
agency's editor; board: the editorial board; tr-pt: a Portuguese translator; super.
"""

EXPECTED = """
# view                object       anon  idb-ed  idb-pm  oas-ed  ica-ed   board   tr-pt   super
# Opening the editor. Leads and members edit in their clusters, agencies in their own
# space, in every language; translators only their language's copies; the platform only
# member agencies (ICA is prospective) and the board.
edit                  own             -       Y       Y       -       -       Y       -       Y
edit                  lead            -       Y       Y       Y       Y       Y       -       Y
edit                  member          -       Y       Y       Y       Y       Y       -       Y
edit                  area            -       -       -       Y       -       Y       -       Y
edit                  private         -       Y       Y       Y       -       Y       -       Y
edit                  pt              -       Y       Y       Y       Y       Y       Y       Y
edit                  es              -       Y       Y       Y       Y       Y       -       Y
# Saving a draft (the Portuguese copy: a segment of its translation).
save                  own             -       Y       Y       -       -       Y       -       Y
save                  lead            -       Y       Y       Y       Y       Y       -       Y
save                  member          -       Y       Y       Y       Y       Y       -       Y
save                  area            -       -       -       Y       -       Y       -       Y
save                  private         -       Y       Y       Y       -       Y       -       Y
save                  pt              -       Y       Y       Y       Y       Y       Y       Y
save                  es              -       Y       Y       Y       Y       Y       -       Y
# Publishing. A member's contribution (OAS in a cluster IDB leads) goes live only through
# the review: not even the lead agency publishes it directly. A translation goes live only
# through its language's reviewers (or the board): not its translators, not the lead agency.
publish               own             -       Y       Y       -       -       Y       -       Y
publish               lead            -       Y       Y       -       -       Y       -       Y
publish               member          -       -       -       -       -       Y       -       Y
publish               area            -       -       -       Y       -       Y       -       Y
publish               private         -       Y       Y       Y       -       Y       -       Y
publish               pt              -       -       -       -       -       Y       -       Y
publish               es              -       -       -       -       -       Y       -       Y
# Taking offline, deleting, moving: who may publish there.
unpublish             own             -       Y       Y       -       -       Y       -       Y
unpublish             lead            -       Y       Y       -       -       Y       -       Y
unpublish             member          -       Y       Y       -       -       Y       -       Y
unpublish             area            -       -       -       Y       -       Y       -       Y
unpublish             private         -       Y       Y       Y       -       Y       -       Y
unpublish             pt              -       Y       Y       -       -       Y       -       Y
unpublish             es              -       Y       Y       -       -       Y       -       Y
delete                own             -       Y       Y       -       -       Y       -       Y
delete                lead            -       Y       Y       -       -       Y       -       Y
delete                member          -       Y       Y       -       -       Y       -       Y
delete                area            -       -       -       Y       -       Y       -       Y
delete                private         -       Y       Y       Y       -       Y       -       Y
delete                pt              -       Y       Y       -       -       Y       -       Y
delete                es              -       Y       Y       -       -       Y       -       Y
# Locking is the editorial board's.
lock                  own             -       -       -       -       -       Y       -       Y
lock                  lead            -       -       -       -       -       Y       -       Y
lock                  member          -       -       -       -       -       Y       -       Y
lock                  area            -       -       -       -       -       Y       -       Y
lock                  private         -       -       -       -       -       Y       -       Y
lock                  pt              -       -       -       -       -       Y       -       Y
lock                  es              -       -       -       -       -       Y       -       Y
unlock                own             -       -       -       -       -       Y       -       Y
unlock                lead            -       -       -       -       -       Y       -       Y
unlock                member          -       -       -       -       -       Y       -       Y
unlock                area            -       -       -       -       -       Y       -       Y
unlock                private         -       -       -       -       -       Y       -       Y
unlock                pt              -       -       -       -       -       Y       -       Y
unlock                es              -       -       -       -       -       Y       -       Y
move                  own             -       Y       Y       -       -       Y       -       Y
move                  lead            -       Y       Y       -       -       Y       -       Y
move                  member          -       Y       Y       -       -       Y       -       Y
move                  area            -       -       -       Y       -       Y       -       Y
move                  private         -       Y       Y       Y       -       Y       -       Y
move                  pt              -       Y       Y       -       -       Y       -       Y
move                  es              -       Y       Y       -       -       Y       -       Y
# Opening the copy and add forms: who may add pages there.
copy                  own             -       Y       Y       -       -       Y       -       Y
copy                  lead            -       Y       Y       Y       Y       Y       -       Y
copy                  member          -       Y       Y       Y       Y       Y       -       Y
copy                  area            -       -       -       Y       -       Y       -       Y
copy                  private         -       Y       Y       Y       -       Y       -       Y
copy                  pt              -       Y       Y       Y       Y       Y       Y       Y
copy                  es              -       Y       Y       Y       Y       Y       -       Y
add                   own             -       Y       Y       -       -       Y       -       Y
add                   lead            -       Y       Y       Y       Y       Y       -       Y
add                   member          -       Y       Y       Y       Y       Y       -       Y
add                   area            -       -       -       -       -       Y       -       Y
add                   private         -       Y       Y       Y       -       Y       -       Y
add                   pt              -       Y       Y       Y       Y       Y       -       Y
add                   es              -       Y       Y       Y       Y       Y       -       Y
add_subpage           own             -       Y       Y       -       -       Y       -       Y
add_subpage           lead            -       Y       Y       Y       Y       Y       -       Y
add_subpage           member          -       Y       Y       Y       Y       Y       -       Y
add_subpage           area            -       -       -       -       -       Y       -       Y
add_subpage           private         -       Y       Y       Y       -       Y       -       Y
add_subpage           pt              -       Y       Y       Y       Y       Y       -       Y
add_subpage           es              -       Y       Y       Y       Y       Y       -       Y
# Revisions, history, previews, usage: who may edit the page.
revision              own             -       Y       Y       -       -       Y       -       Y
revision              lead            -       Y       Y       Y       Y       Y       -       Y
revision              member          -       Y       Y       Y       Y       Y       -       Y
revision              area            -       -       -       Y       -       Y       -       Y
revision              private         -       Y       Y       Y       -       Y       -       Y
revision              pt              -       Y       Y       Y       Y       Y       Y       Y
revision              es              -       Y       Y       Y       Y       Y       -       Y
revert                own             -       Y       Y       -       -       Y       -       Y
revert                lead            -       Y       Y       Y       Y       Y       -       Y
revert                member          -       Y       Y       Y       Y       Y       -       Y
revert                area            -       -       -       Y       -       Y       -       Y
revert                private         -       Y       Y       Y       -       Y       -       Y
revert                pt              -       Y       Y       Y       Y       Y       Y       Y
revert                es              -       Y       Y       Y       Y       Y       -       Y
compare               own             -       Y       Y       -       -       Y       -       Y
compare               lead            -       Y       Y       Y       Y       Y       -       Y
compare               member          -       Y       Y       Y       Y       Y       -       Y
compare               area            -       -       -       Y       -       Y       -       Y
compare               private         -       Y       Y       Y       -       Y       -       Y
compare               pt              -       Y       Y       Y       Y       Y       Y       Y
compare               es              -       Y       Y       Y       Y       Y       -       Y
history               own             -       Y       Y       -       -       Y       -       Y
history               lead            -       Y       Y       Y       Y       Y       -       Y
history               member          -       Y       Y       Y       Y       Y       -       Y
history               area            -       -       -       Y       -       Y       -       Y
history               private         -       Y       Y       Y       -       Y       -       Y
history               pt              -       Y       Y       Y       Y       Y       Y       Y
history               es              -       Y       Y       Y       Y       Y       -       Y
history_results       own             -       Y       Y       -       -       Y       -       Y
history_results       lead            -       Y       Y       Y       Y       Y       -       Y
history_results       member          -       Y       Y       Y       Y       Y       -       Y
history_results       area            -       -       -       Y       -       Y       -       Y
history_results       private         -       Y       Y       Y       -       Y       -       Y
history_results       pt              -       Y       Y       Y       Y       Y       Y       Y
history_results       es              -       Y       Y       Y       Y       Y       -       Y
preview               own             -       Y       Y       -       -       Y       -       Y
preview               lead            -       Y       Y       Y       Y       Y       -       Y
preview               member          -       Y       Y       Y       Y       Y       -       Y
preview               area            -       -       -       Y       -       Y       -       Y
preview               private         -       Y       Y       Y       -       Y       -       Y
preview               pt              -       Y       Y       Y       Y       Y       Y       Y
preview               es              -       Y       Y       Y       Y       Y       -       Y
view_draft            own             -       Y       Y       -       -       Y       -       Y
view_draft            lead            -       Y       Y       Y       Y       Y       -       Y
view_draft            member          -       Y       Y       Y       Y       Y       -       Y
view_draft            area            -       -       -       Y       -       Y       -       Y
view_draft            private         -       Y       Y       Y       -       Y       -       Y
view_draft            pt              -       Y       Y       Y       Y       Y       Y       Y
view_draft            es              -       Y       Y       Y       Y       Y       -       Y
workflow_history      own             -       Y       Y       -       -       Y       -       Y
workflow_history      lead            -       Y       Y       Y       Y       Y       -       Y
workflow_history      member          -       Y       Y       Y       Y       Y       -       Y
workflow_history      area            -       -       -       Y       -       Y       -       Y
workflow_history      private         -       Y       Y       Y       -       Y       -       Y
workflow_history      pt              -       Y       Y       Y       Y       Y       Y       Y
workflow_history      es              -       Y       Y       Y       Y       Y       -       Y
# The joint sign-off of a member's contribution: its lead agency, not the board (its turn
# comes after), not the member who submitted it.
approve               own             .       .       .       .       .       .       .       .
approve               lead            .       .       .       .       .       .       .       .
approve               member          -       Y       Y       -       -       -       -       Y
approve               area            .       .       .       .       .       .       .       .
approve               private         .       .       .       .       .       .       .       .
approve               pt              .       .       .       .       .       .       .       .
approve               es              .       .       .       .       .       .       .       .
workflow_detail       own             .       .       .       .       .       .       .       .
workflow_detail       lead            .       .       .       .       .       .       .       .
workflow_detail       member          -       Y       Y       Y       Y       Y       -       Y
workflow_detail       area            .       .       .       .       .       .       .       .
workflow_detail       private         .       .       .       .       .       .       .       .
workflow_detail       pt              .       .       .       .       .       .       .       .
workflow_detail       es              .       .       .       .       .       .       .       .
workflow_preview      own             .       .       .       .       .       .       .       .
workflow_preview      lead            .       .       .       .       .       .       .       .
workflow_preview      member          -       Y       Y       -       -       -       -       Y
workflow_preview      area            .       .       .       .       .       .       .       .
workflow_preview      private         .       .       .       .       .       .       .       .
workflow_preview      pt              .       .       .       .       .       .       .       .
workflow_preview      es              .       .       .       .       .       .       .       .
cancel_workflow       own             .       .       .       .       .       .       .       .
cancel_workflow       lead            .       .       .       .       .       .       .       .
cancel_workflow       member          -       -       -       -       -       -       -       -
cancel_workflow       area            .       .       .       .       .       .       .       .
cancel_workflow       private         .       .       .       .       .       .       .       .
cancel_workflow       pt              .       .       .       .       .       .       .       .
cancel_workflow       es              .       .       .       .       .       .       .       .
usage                 own             -       Y       Y       -       -       Y       -       Y
usage                 lead            -       Y       Y       Y       Y       Y       -       Y
usage                 member          -       Y       Y       Y       Y       Y       -       Y
usage                 area            -       -       -       Y       -       Y       -       Y
usage                 private         -       Y       Y       Y       -       Y       -       Y
usage                 pt              -       Y       Y       Y       Y       Y       Y       Y
usage                 es              -       Y       Y       Y       Y       Y       -       Y
# The privacy dialog: who may publish; for the platform, superusers only (its editors could
# otherwise make it public).
privacy               own             -       Y       Y       -       -       Y       -       Y
privacy               lead            -       Y       Y       -       -       Y       -       Y
privacy               member          -       -       -       -       -       Y       -       Y
privacy               area            -       -       -       Y       -       Y       -       Y
privacy               private         -       -       -       -       -       -       -       Y
privacy               pt              -       -       -       -       -       Y       -       Y
privacy               es              -       -       -       -       -       Y       -       Y
# The explorer opened on the page itself: anyone under their explorable root (Wagtail shows
# public pages' titles across spaces), but never a platform page for a non-member.
explore               own             -       Y       Y       Y       Y       Y       -       Y
explore               lead            -       Y       Y       Y       Y       Y       -       Y
explore               member          -       Y       Y       Y       Y       Y       -       Y
explore               area            -       Y       Y       Y       Y       Y       -       Y
explore               private         -       Y       Y       Y       -       Y       -       Y
explore               pt              -       Y       Y       Y       Y       Y       Y       Y
explore               es              -       Y       Y       Y       Y       Y       -       Y
# Listings that name the page: explorer, chooser, admin search, page-type usage, the admin
# API. The chooser lists every public page (to link to it), never the platform to non-members.
explore_parent        own             -       Y       Y       -       -       Y       -       Y
explore_parent        lead            -       Y       Y       Y       Y       Y       -       Y
explore_parent        member          -       Y       Y       Y       Y       Y       -       Y
explore_parent        area            -       -       -       Y       -       Y       -       Y
explore_parent        private         -       Y       Y       Y       -       Y       -       Y
explore_parent        pt              -       Y       Y       Y       Y       Y       Y       Y
explore_parent        es              -       Y       Y       Y       Y       Y       -       Y
explore_results       own             -       Y       Y       -       -       Y       -       Y
explore_results       lead            -       Y       Y       Y       Y       Y       -       Y
explore_results       member          -       Y       Y       Y       Y       Y       -       Y
explore_results       area            -       -       -       Y       -       Y       -       Y
explore_results       private         -       Y       Y       Y       -       Y       -       Y
explore_results       pt              -       Y       Y       Y       Y       Y       Y       Y
explore_results       es              -       Y       Y       Y       Y       Y       -       Y
chooser               own             -       Y       Y       Y       Y       Y       Y       Y
chooser               lead            -       Y       Y       Y       Y       Y       Y       Y
chooser               member          -       Y       Y       Y       Y       Y       Y       Y
chooser               area            -       Y       Y       Y       Y       Y       Y       Y
chooser               private         -       Y       Y       Y       -       Y       -       Y
chooser               pt              -       Y       Y       Y       Y       Y       Y       Y
chooser               es              -       Y       Y       Y       Y       Y       Y       Y
search                own             -       Y       Y       -       -       Y       -       Y
search                lead            -       Y       Y       Y       Y       Y       -       Y
search                member          -       Y       Y       Y       Y       Y       -       Y
search                area            -       -       -       Y       -       Y       -       Y
search                private         -       Y       Y       Y       -       Y       -       Y
search                pt              -       Y       Y       Y       Y       Y       Y       Y
search                es              -       Y       Y       Y       Y       Y       -       Y
search_results        own             -       Y       Y       -       -       Y       -       Y
search_results        lead            -       Y       Y       Y       Y       Y       -       Y
search_results        member          -       Y       Y       Y       Y       Y       -       Y
search_results        area            -       -       -       Y       -       Y       -       Y
search_results        private         -       Y       Y       Y       -       Y       -       Y
search_results        pt              -       Y       Y       Y       Y       Y       Y       Y
search_results        es              -       Y       Y       Y       Y       Y       -       Y
type_use              own             -       Y       Y       -       -       Y       -       Y
type_use              lead            -       Y       Y       Y       Y       Y       -       Y
type_use              member          -       Y       Y       Y       Y       Y       -       Y
type_use              area            -       -       -       Y       -       Y       -       Y
type_use              private         -       Y       Y       Y       -       Y       -       Y
type_use              pt              -       Y       Y       Y       Y       Y       Y       Y
type_use              es              -       Y       Y       Y       Y       Y       -       Y
# The admin API: a page's details, and its publish action, as the editor.
api_detail            own             -       Y       Y       -       -       Y       -       Y
api_detail            lead            -       Y       Y       Y       Y       Y       -       Y
api_detail            member          -       Y       Y       Y       Y       Y       -       Y
api_detail            area            -       -       -       Y       -       Y       -       Y
api_detail            private         -       Y       Y       Y       -       Y       -       Y
api_detail            pt              -       Y       Y       Y       Y       Y       Y       Y
api_detail            es              -       Y       Y       Y       Y       Y       -       Y
api_listing           own             -       Y       Y       -       -       Y       -       Y
api_listing           lead            -       Y       Y       Y       Y       Y       -       Y
api_listing           member          -       Y       Y       Y       Y       Y       -       Y
api_listing           area            -       -       -       Y       -       Y       -       Y
api_listing           private         -       Y       Y       Y       -       Y       -       Y
api_listing           pt              -       Y       Y       Y       Y       Y       Y       Y
api_listing           es              -       Y       Y       Y       Y       Y       -       Y
api_publish           own             -       Y       Y       -       -       Y       -       Y
api_publish           lead            -       Y       Y       -       -       Y       -       Y
api_publish           member          -       -       -       -       -       Y       -       Y
api_publish           area            -       -       -       Y       -       Y       -       Y
api_publish           private         -       Y       Y       Y       -       Y       -       Y
api_publish           pt              -       -       -       -       -       Y       -       Y
api_publish           es              -       -       -       -       -       Y       -       Y
# Bulk publishing from the explorer: the same rules as one page.
bulk_publish          own             -       Y       Y       -       -       Y       -       Y
bulk_publish          lead            -       Y       Y       -       -       Y       -       Y
bulk_publish          member          -       -       -       -       -       Y       -       Y
bulk_publish          area            -       -       -       Y       -       Y       -       Y
bulk_publish          private         -       Y       Y       Y       -       Y       -       Y
bulk_publish          pt              -       -       -       -       -       Y       -       Y
bulk_publish          es              -       -       -       -       -       Y       -       Y
# wagtail-localize: submitting or updating translations needs the right to edit the source
# page as well as the global permission; the translation editor's own views, the right to
# edit the translated copy. The platform's Spanish copy stays the members'.
translate             own             -       -       -       -       -       Y       -       Y
translate             lead            -       -       -       -       -       Y       -       Y
translate             member          -       -       -       -       -       Y       -       Y
translate             area            -       -       -       -       -       Y       -       Y
translate             private         -       -       -       -       -       Y       -       Y
translate             pt              -       -       -       -       -       Y       Y       Y
translate             es              -       -       -       -       -       Y       -       Y
update_translations   own             -       -       -       -       -       Y       -       Y
update_translations   lead            -       -       -       -       -       Y       -       Y
update_translations   member          -       -       -       -       -       Y       -       Y
update_translations   area            -       -       -       -       -       Y       -       Y
update_translations   private         -       -       -       -       -       Y       -       Y
update_translations   pt              -       -       -       -       -       Y       -       Y
update_translations   es              -       -       -       -       -       Y       -       Y
pofile                own             .       .       .       .       .       .       .       .
pofile                lead            .       .       .       .       .       .       .       .
pofile                member          .       .       .       .       .       .       .       .
pofile                area            .       .       .       .       .       .       .       .
pofile                private         -       Y       Y       Y       -       Y       -       Y
pofile                pt              -       Y       Y       Y       Y       Y       Y       Y
pofile                es              -       Y       Y       Y       Y       Y       -       Y
preview_translation   own             .       .       .       .       .       .       .       .
preview_translation   lead            .       .       .       .       .       .       .       .
preview_translation   member          .       .       .       .       .       .       .       .
preview_translation   area            .       .       .       .       .       .       .       .
preview_translation   private         -       Y       Y       Y       -       Y       -       Y
preview_translation   pt              -       Y       Y       Y       Y       Y       Y       Y
preview_translation   es              -       Y       Y       Y       Y       Y       -       Y
stop_translation      own             .       .       .       .       .       .       .       .
stop_translation      lead            .       .       .       .       .       .       .       .
stop_translation      member          .       .       .       .       .       .       .       .
stop_translation      area            .       .       .       .       .       .       .       .
stop_translation      private         -       Y       Y       Y       -       Y       -       Y
stop_translation      pt              -       Y       Y       Y       Y       Y       Y       Y
stop_translation      es              -       Y       Y       Y       Y       Y       -       Y
translations_report   own             .       .       .       .       .       .       .       .
translations_report   lead            .       .       .       .       .       .       .       .
translations_report   member          .       .       .       .       .       .       .       .
translations_report   area            .       .       .       .       .       .       .       .
translations_report   private         -       Y       Y       Y       -       Y       -       Y
translations_report   pt              -       Y       Y       Y       Y       Y       Y       Y
translations_report   es              -       Y       Y       Y       Y       Y       Y       Y
to_alias              own             .       .       .       .       .       .       .       .
to_alias              lead            .       .       .       .       .       .       .       .
to_alias              member          .       .       .       .       .       .       .       .
to_alias              area            .       .       .       .       .       .       .       .
to_alias              private         .       .       .       .       .       .       .       .
to_alias              pt              -       Y       Y       Y       Y       Y       Y       Y
to_alias              es              -       Y       Y       Y       Y       Y       -       Y
# Handing a translation to its language's reviewers: who may edit the translated copy.
submit_for_review     own             .       .       .       .       .       .       .       .
submit_for_review     lead            .       .       .       .       .       .       .       .
submit_for_review     member          .       .       .       .       .       .       .       .
submit_for_review     area            .       .       .       .       .       .       .       .
submit_for_review     private         -       Y       Y       Y       -       Y       -       Y
submit_for_review     pt              -       Y       Y       Y       Y       Y       Y       Y
submit_for_review     es              -       Y       Y       Y       Y       Y       -       Y
# Requests for assistance (not pages; see request_views.py): one routed to IDB on "own", one
# routed to OAS on "area". The program managers of the agency it is routed to, the board and
# superusers see and handle it; nobody else learns it exists (404). Erasing: the board.
request_queue         own             -       -       Y       -       -       Y       -       Y
request_queue         lead            .       .       .       .       .       .       .       .
request_queue         member          .       .       .       .       .       .       .       .
request_queue         area            -       -       -       -       -       Y       -       Y
request_queue         private         .       .       .       .       .       .       .       .
request_queue         pt              .       .       .       .       .       .       .       .
request_queue         es              .       .       .       .       .       .       .       .
request_queue_results own             -       -       Y       -       -       Y       -       Y
request_queue_results lead            .       .       .       .       .       .       .       .
request_queue_results member          .       .       .       .       .       .       .       .
request_queue_results area            -       -       -       -       -       Y       -       Y
request_queue_results private         .       .       .       .       .       .       .       .
request_queue_results pt              .       .       .       .       .       .       .       .
request_queue_results es              .       .       .       .       .       .       .       .
request               own             -       -       Y       -       -       Y       -       Y
request               lead            .       .       .       .       .       .       .       .
request               member          .       .       .       .       .       .       .       .
request               area            -       -       -       -       -       Y       -       Y
request               private         .       .       .       .       .       .       .       .
request               pt              .       .       .       .       .       .       .       .
request               es              .       .       .       .       .       .       .       .
request_export        own             -       -       Y       -       -       Y       -       Y
request_export        lead            .       .       .       .       .       .       .       .
request_export        member          .       .       .       .       .       .       .       .
request_export        area            -       -       -       -       -       Y       -       Y
request_export        private         .       .       .       .       .       .       .       .
request_export        pt              .       .       .       .       .       .       .       .
request_export        es              .       .       .       .       .       .       .       .
request_status        own             -       -       Y       -       -       Y       -       Y
request_status        lead            .       .       .       .       .       .       .       .
request_status        member          .       .       .       .       .       .       .       .
request_status        area            -       -       -       -       -       Y       -       Y
request_status        private         .       .       .       .       .       .       .       .
request_status        pt              .       .       .       .       .       .       .       .
request_status        es              .       .       .       .       .       .       .       .
request_note          own             -       -       Y       -       -       Y       -       Y
request_note          lead            .       .       .       .       .       .       .       .
request_note          member          .       .       .       .       .       .       .       .
request_note          area            -       -       -       -       -       Y       -       Y
request_note          private         .       .       .       .       .       .       .       .
request_note          pt              .       .       .       .       .       .       .       .
request_note          es              .       .       .       .       .       .       .       .
request_route         own             -       -       Y       -       -       Y       -       Y
request_route         lead            .       .       .       .       .       .       .       .
request_route         member          .       .       .       .       .       .       .       .
request_route         area            -       -       -       -       -       Y       -       Y
request_route         private         .       .       .       .       .       .       .       .
request_route         pt              .       .       .       .       .       .       .       .
request_route         es              .       .       .       .       .       .       .       .
request_erase         own             -       -       -       -       -       Y       -       Y
request_erase         lead            .       .       .       .       .       .       .       .
request_erase         member          .       .       .       .       .       .       .       .
request_erase         area            -       -       -       -       -       Y       -       Y
request_erase         private         .       .       .       .       .       .       .       .
request_erase         pt              .       .       .       .       .       .       .       .
request_erase         es              .       .       .       .       .       .       .       .
# The subscriptions' counts (not about a page: see subscription_views.py): the board and
# superusers only.
subscription_counts   own             -       -       -       -       -       Y       -       Y
subscription_counts   lead            .       .       .       .       .       .       .       .
subscription_counts   member          .       .       .       .       .       .       .       .
subscription_counts   area            .       .       .       .       .       .       .       .
subscription_counts   private         .       .       .       .       .       .       .       .
subscription_counts   pt              .       .       .       .       .       .       .       .
subscription_counts   es              .       .       .       .       .       .       .       .
"""
