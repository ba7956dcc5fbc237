<?xml version="1.0" encoding="UTF-8"?>
<!-- Texas workforce board, WIOA Title I: the Individual Employment Plan,
     laid out as the "Procedure: Customer Individual Employment Plan (IEP)"
     (../shared/policy/texas-wioa-iep-procedure.txt) builds it in TWIST:
     1. EMPLOYMENT GOAL (the overall goal: a specific occupation with its
     O*NET-SOC code, or a general career cluster until an occupation is
     agreed upon); 2. INTERIM GOALS (each with its title, outcome, measure of
     successful attainment, set date and target) and, under each, 3. ACTIONS
     (Data Entry - IEP: the action step, the party responsible, set date,
     planned end date and actual end date); the responsibilities shared
     between the customer and staff; Data Entry - Service 68 (start, fund 97,
     completion reason) when the plan records it; then the signatures of the
     customer and staff (templates/common/page.xsl). -->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:v="urn:vrtool:1"
    xmlns="http://www.w3.org/1999/xhtml"
    exclude-result-prefixes="v">

  <xsl:include href="../common/page.xsl"/>

  <!-- Secondary text (provider, funding, a staff member's title): smaller
       and not bold, but never below the large-print size. -->
  <xsl:variable name="tx-aside" select="concat('font-weight: normal; font-size: ', substring('85% 100%', 1 + 4 * ($large = &quot;1&quot;), 4), ';')"/>

  <xsl:template match="v:plan" mode="body">
    <xsl:variable name="plan-node" select="."/>

    <!-- 1. EMPLOYMENT GOAL -->
    <section class="keep">
      <h2><xsl:call-template name="label"><xsl:with-param name="k" select="'overall_goal'"/></xsl:call-template></h2>
      <dl class="facts">
        <xsl:call-template name="tx-fact"><xsl:with-param name="k" select="'occupation'"/><xsl:with-param name="value" select="v:goal/v:occupation"/></xsl:call-template>
        <xsl:call-template name="tx-fact"><xsl:with-param name="k" select="'soc'"/><xsl:with-param name="value" select="v:goal/v:soc"/></xsl:call-template>
        <xsl:call-template name="tx-fact"><xsl:with-param name="k" select="'career_cluster'"/><xsl:with-param name="value" select="v:goal/v:career_cluster"/></xsl:call-template>
        <xsl:call-template name="tx-fact"><xsl:with-param name="k" select="'own_words'"/><xsl:with-param name="value" select="v:goal/v:own_words"/></xsl:call-template>
        <xsl:call-template name="tx-fact"><xsl:with-param name="k" select="'setting'"/><xsl:with-param name="value" select="v:goal/v:setting"/></xsl:call-template>
        <xsl:call-template name="tx-fact"><xsl:with-param name="k" select="'hours_week'"/><xsl:with-param name="value" select="v:goal/v:hours_week"/></xsl:call-template>
        <xsl:call-template name="tx-fact"><xsl:with-param name="k" select="'wage'"/><xsl:with-param name="value" select="v:goal/v:wage_cents_hour"/><xsl:with-param name="as" select="'money'"/></xsl:call-template>
        <xsl:call-template name="tx-fact"><xsl:with-param name="k" select="'target_date'"/><xsl:with-param name="value" select="v:goal/v:target_date"/><xsl:with-param name="as" select="'date'"/></xsl:call-template>
      </dl>
      <xsl:if test="v:goal/v:career_cluster and not(v:goal/v:occupation)">
        <p><em><xsl:call-template name="label"><xsl:with-param name="k" select="'career_cluster_note'"/></xsl:call-template></em></p>
      </xsl:if>
    </section>

    <!-- 2. INTERIM GOALS, each with its 3. ACTIONS -->
    <xsl:if test="v:objectives/v:objective or v:services/v:service">
      <section>
        <h2><xsl:call-template name="label"><xsl:with-param name="k" select="'interim_goals'"/></xsl:call-template></h2>
        <xsl:for-each select="v:objectives/v:objective">
          <xsl:variable name="id" select="v:id"/>
          <!-- one interim goal: its heading and facts stay with the first
               action step (h3 and dl avoid a break after them) -->
          <section>
            <h3>
              <xsl:call-template name="label"><xsl:with-param name="k" select="'interim_goal'"/></xsl:call-template>
              <xsl:value-of select="concat(' ', position(), ': ', v:title)"/>
            </h3>
            <dl class="facts" style="break-after: avoid; page-break-after: avoid;">
              <xsl:call-template name="tx-fact"><xsl:with-param name="k" select="'outcome'"/><xsl:with-param name="value" select="v:outcome"/></xsl:call-template>
              <xsl:call-template name="tx-fact"><xsl:with-param name="k" select="'measure'"/><xsl:with-param name="value" select="v:measure"/></xsl:call-template>
              <xsl:call-template name="tx-fact"><xsl:with-param name="k" select="'set_date'"/><xsl:with-param name="value" select="v:start"/><xsl:with-param name="as" select="'date'"/></xsl:call-template>
              <xsl:call-template name="tx-fact"><xsl:with-param name="k" select="'target_date'"/><xsl:with-param name="value" select="v:target"/><xsl:with-param name="as" select="'date'"/></xsl:call-template>
              <xsl:call-template name="tx-fact"><xsl:with-param name="k" select="'status'"/><xsl:with-param name="value" select="v:status"/><xsl:with-param name="as" select="'status'"/></xsl:call-template>
            </dl>
            <xsl:choose>
              <xsl:when test="$plan-node/v:services/v:service[v:objective = $id]">
                <xsl:call-template name="tx-actions">
                  <xsl:with-param name="steps" select="$plan-node/v:services/v:service[v:objective = $id]"/>
                </xsl:call-template>
              </xsl:when>
              <xsl:otherwise>
                <p><xsl:call-template name="label"><xsl:with-param name="k" select="'no_actions'"/></xsl:call-template></p>
              </xsl:otherwise>
            </xsl:choose>
          </section>
        </xsl:for-each>
        <!-- action steps not entered under an interim goal -->
        <xsl:variable name="loose" select="v:services/v:service[not(v:objective) or not(v:objective = $plan-node/v:objectives/v:objective/v:id)]"/>
        <xsl:if test="$loose">
          <section>
            <h3><xsl:call-template name="label"><xsl:with-param name="k" select="'other_actions'"/></xsl:call-template></h3>
            <xsl:call-template name="tx-actions"><xsl:with-param name="steps" select="$loose"/></xsl:call-template>
          </section>
        </xsl:if>
      </section>
    </xsl:if>

    <xsl:if test="v:progress_criteria">
      <section class="keep">
        <h2><xsl:call-template name="label"><xsl:with-param name="k" select="'progress_criteria'"/></xsl:call-template></h2>
        <p><xsl:value-of select="v:progress_criteria"/></p>
      </section>
    </xsl:if>

    <!-- 3. ACTIONS: responsibilities shared between the customer and staff -->
    <xsl:if test="v:responsibilities/v:responsibility">
      <section class="keep">
        <h2><xsl:call-template name="label"><xsl:with-param name="k" select="'responsibilities'"/></xsl:call-template></h2>
        <table>
          <colgroup><col style="width: 24%"/><col style="width: 60%"/><col style="width: 16%"/></colgroup>
          <thead><tr>
            <th scope="col"><xsl:call-template name="label"><xsl:with-param name="k" select="'responsible'"/></xsl:call-template></th>
            <th scope="col"><xsl:call-template name="label"><xsl:with-param name="k" select="'responsibilities'"/></xsl:call-template></th>
            <th scope="col"><xsl:call-template name="label"><xsl:with-param name="k" select="'initialed'"/></xsl:call-template></th>
          </tr></thead>
          <tbody>
            <xsl:for-each select="v:responsibilities/v:responsibility">
              <tr>
                <th scope="row"><xsl:call-template name="tx-party"><xsl:with-param name="p" select="v:party"/></xsl:call-template></th>
                <td><xsl:value-of select="v:text"/></td>
                <td><xsl:choose>
                  <xsl:when test="v:initialed = 'true'"><xsl:call-template name="label"><xsl:with-param name="k" select="'yes'"/></xsl:call-template></xsl:when>
                  <xsl:otherwise>______</xsl:otherwise>
                </xsl:choose></td>
              </tr>
            </xsl:for-each>
          </tbody>
        </table>
      </section>
    </xsl:if>

    <!-- Data Entry - Service 68 (Employability Development Plan) -->
    <xsl:variable name="s68" select="v:ext/v:item[@name = 'service_68']"/>
    <xsl:if test="$s68">
      <section class="keep">
        <h2><xsl:call-template name="label"><xsl:with-param name="k" select="'service_68'"/></xsl:call-template></h2>
        <dl class="facts">
          <xsl:call-template name="tx-fact"><xsl:with-param name="k" select="'start'"/><xsl:with-param name="value" select="$s68/v:item[@name = 'start']"/><xsl:with-param name="as" select="'date'"/></xsl:call-template>
          <xsl:call-template name="tx-fact"><xsl:with-param name="k" select="'planned_end'"/><xsl:with-param name="value" select="$s68/v:item[@name = 'planned_end']"/><xsl:with-param name="as" select="'date'"/></xsl:call-template>
          <xsl:call-template name="tx-fact"><xsl:with-param name="k" select="'actual_end'"/><xsl:with-param name="value" select="$s68/v:item[@name = 'actual_end']"/><xsl:with-param name="as" select="'date'"/></xsl:call-template>
          <xsl:call-template name="tx-fact"><xsl:with-param name="k" select="'fund'"/><xsl:with-param name="value" select="$s68/v:item[@name = 'fund']"/><xsl:with-param name="as" select="'fund_'"/></xsl:call-template>
          <xsl:call-template name="tx-fact"><xsl:with-param name="k" select="'completion_reason'"/><xsl:with-param name="value" select="$s68/v:item[@name = 'completion']"/><xsl:with-param name="as" select="'completion_'"/></xsl:call-template>
        </dl>
      </section>
    </xsl:if>

    <xsl:if test="v:review">
      <section class="keep">
        <h2><xsl:call-template name="label"><xsl:with-param name="k" select="'review'"/></xsl:call-template></h2>
        <dl class="facts">
          <xsl:call-template name="tx-fact"><xsl:with-param name="k" select="'last_review'"/><xsl:with-param name="value" select="v:review/v:last"/><xsl:with-param name="as" select="'date'"/></xsl:call-template>
          <xsl:call-template name="tx-fact"><xsl:with-param name="k" select="'next_review'"/><xsl:with-param name="value" select="v:review/v:next"/><xsl:with-param name="as" select="'date'"/></xsl:call-template>
        </dl>
      </section>
    </xsl:if>
  </xsl:template>

  <!-- One labelled fact of a dl.facts, when the value is there: like
       page.xsl's field, but each dt/dd pair is a row of its own (a div in
       the dl), so a label that wraps onto two lines does not push the next
       value out of line with its label. as: text, date, money, status, or a
       label prefix for a coded value (fund_, completion_). -->
  <xsl:template name="tx-fact">
    <xsl:param name="k"/>
    <xsl:param name="value"/>
    <xsl:param name="as" select="'text'"/>
    <xsl:if test="normalize-space($value) != ''">
      <div style="display: flex;">
        <dt style="flex: none;"><xsl:call-template name="label"><xsl:with-param name="k" select="$k"/></xsl:call-template></dt>
        <dd style="flex: 1 1 0; margin: 0 0 2pt 0.5em;">
          <xsl:choose>
            <xsl:when test="$as = 'date'"><xsl:call-template name="date"><xsl:with-param name="d" select="string($value)"/></xsl:call-template></xsl:when>
            <xsl:when test="$as = 'money'"><xsl:call-template name="money"><xsl:with-param name="c" select="string($value)"/></xsl:call-template></xsl:when>
            <xsl:when test="$as = 'status'"><xsl:call-template name="tx-status"><xsl:with-param name="s" select="string($value)"/></xsl:call-template></xsl:when>
            <xsl:when test="$as = 'text'"><xsl:value-of select="$value"/></xsl:when>
            <xsl:otherwise><xsl:call-template name="tx-coded"><xsl:with-param name="code" select="$value"/><xsl:with-param name="prefix" select="$as"/></xsl:call-template></xsl:otherwise>
          </xsl:choose>
        </dd>
      </div>
    </xsl:if>
  </xsl:template>

  <!-- The action steps of one interim goal: the step, who is responsible,
       set date, planned end date, actual end date. The header repeats on
       each page and no row is split (page.xsl: thead, tr). In large print
       five columns do not fit the page, so each step is a group of rows,
       one per fact, kept together. -->
  <xsl:template name="tx-actions">
    <xsl:param name="steps"/>
    <xsl:choose>
      <xsl:when test="$large = '1'">
        <table>
          <colgroup>
            <col style="width: 36%"/>
            <col style="width: 64%"/>
          </colgroup>
          <xsl:for-each select="$steps">
            <tbody style="break-inside: avoid; page-break-inside: avoid; border-top: 3px solid #000;">
              <tr>
                <th scope="row"><xsl:call-template name="label"><xsl:with-param name="k" select="'action'"/></xsl:call-template></th>
                <td><strong><xsl:value-of select="v:description"/></strong>
                  <xsl:call-template name="tx-step-notes"/></td>
              </tr>
              <tr>
                <th scope="row"><xsl:call-template name="label"><xsl:with-param name="k" select="'responsible'"/></xsl:call-template></th>
                <td><xsl:call-template name="tx-who"><xsl:with-param name="p" select="v:responsible"/></xsl:call-template></td>
              </tr>
              <tr>
                <th scope="row"><xsl:call-template name="label"><xsl:with-param name="k" select="'set_date'"/></xsl:call-template></th>
                <td><xsl:call-template name="date"><xsl:with-param name="d" select="v:start"/></xsl:call-template></td>
              </tr>
              <tr>
                <th scope="row"><xsl:call-template name="label"><xsl:with-param name="k" select="'planned_end'"/></xsl:call-template></th>
                <td><xsl:call-template name="date"><xsl:with-param name="d" select="v:planned_end"/></xsl:call-template></td>
              </tr>
              <tr>
                <th scope="row"><xsl:call-template name="label"><xsl:with-param name="k" select="'actual_end'"/></xsl:call-template></th>
                <td><xsl:call-template name="date"><xsl:with-param name="d" select="v:actual_end"/></xsl:call-template></td>
              </tr>
            </tbody>
          </xsl:for-each>
        </table>
      </xsl:when>
      <xsl:otherwise>
        <table>
          <colgroup>
            <col style="width: 33%"/>
            <col style="width: 18%"/>
            <col style="width: 16%"/>
            <col style="width: 16%"/>
            <col style="width: 17%"/>
          </colgroup>
          <thead><tr>
            <th scope="col"><xsl:call-template name="label"><xsl:with-param name="k" select="'action'"/></xsl:call-template></th>
            <th scope="col"><xsl:call-template name="label"><xsl:with-param name="k" select="'responsible'"/></xsl:call-template></th>
            <th scope="col"><xsl:call-template name="label"><xsl:with-param name="k" select="'set_date'"/></xsl:call-template></th>
            <th scope="col"><xsl:call-template name="label"><xsl:with-param name="k" select="'planned_end'"/></xsl:call-template></th>
            <th scope="col"><xsl:call-template name="label"><xsl:with-param name="k" select="'actual_end'"/></xsl:call-template></th>
          </tr></thead>
          <tbody>
            <xsl:for-each select="$steps">
              <tr>
                <th scope="row"><xsl:value-of select="v:description"/>
                  <xsl:call-template name="tx-step-notes"/></th>
                <td><xsl:call-template name="tx-who"><xsl:with-param name="p" select="v:responsible"/></xsl:call-template></td>
                <td><xsl:call-template name="date"><xsl:with-param name="d" select="v:start"/></xsl:call-template></td>
                <td><xsl:call-template name="date"><xsl:with-param name="d" select="v:planned_end"/></xsl:call-template></td>
                <td><xsl:call-template name="date"><xsl:with-param name="d" select="v:actual_end"/></xsl:call-template></td>
              </tr>
            </xsl:for-each>
          </tbody>
        </table>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- Under an action step: its provider and funding, when recorded
       (smaller type, except in large print). -->
  <xsl:template name="tx-step-notes">
    <xsl:if test="v:provider">
      <br/><span style="{$tx-aside}"><xsl:call-template name="label"><xsl:with-param name="k" select="'provider'"/></xsl:call-template>: <xsl:value-of select="v:provider"/></span>
    </xsl:if>
    <xsl:if test="v:funding">
      <br/><span style="{$tx-aside}"><xsl:call-template name="label"><xsl:with-param name="k" select="'funding'"/></xsl:call-template>: <xsl:value-of select="v:funding"/></span>
    </xsl:if>
  </xsl:template>

  <!-- Who is responsible: a staff member by id (name, title), else a party. -->
  <xsl:template name="tx-who">
    <xsl:param name="p"/>
    <xsl:variable name="m" select="$case/v:staff/v:member[v:id = $p]"/>
    <xsl:choose>
      <xsl:when test="$m">
        <xsl:value-of select="$m/v:name"/>
        <xsl:if test="$m/v:title"><br/><span style="{$tx-aside}"><xsl:value-of select="$m/v:title"/></span></xsl:if>
      </xsl:when>
      <xsl:otherwise><xsl:call-template name="tx-party"><xsl:with-param name="p" select="$p"/></xsl:call-template></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- A party ("client", "WIOA", "Service Provider") by its label
       party_<word> or r_<word> in $lang, else as written. -->
  <xsl:template name="tx-party">
    <xsl:param name="p"/>
    <xsl:variable name="k" select="translate(normalize-space($p), 'ABCDEFGHIJKLMNOPQRSTUVWXYZ -', 'abcdefghijklmnopqrstuvwxyz__')"/>
    <xsl:variable name="a"><xsl:call-template name="label"><xsl:with-param name="k" select="concat('party_', $k)"/></xsl:call-template></xsl:variable>
    <xsl:variable name="b"><xsl:call-template name="label"><xsl:with-param name="k" select="concat('r_', $k)"/></xsl:call-template></xsl:variable>
    <xsl:choose>
      <xsl:when test="$k = ''"/>
      <xsl:when test="$a != concat('party_', $k)"><xsl:value-of select="$a"/></xsl:when>
      <xsl:when test="$b != concat('r_', $k)"><xsl:value-of select="$b"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="$p"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- An interim goal's status by its label os_<status>, else as written. -->
  <xsl:template name="tx-status">
    <xsl:param name="s"/>
    <xsl:variable name="t"><xsl:call-template name="label"><xsl:with-param name="k" select="concat('os_', $s)"/></xsl:call-template></xsl:variable>
    <xsl:choose>
      <xsl:when test="$t != concat('os_', $s)"><xsl:value-of select="$t"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="translate($s, '_', ' ')"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- A TWIST code with its name when there is a label for it:
       97 -> "97 - WIOA Customer", 20 -> "20 - Successful". -->
  <xsl:template name="tx-coded">
    <xsl:param name="code"/>
    <xsl:param name="prefix"/>
    <xsl:variable name="c" select="normalize-space($code)"/>
    <xsl:variable name="t"><xsl:call-template name="label"><xsl:with-param name="k" select="concat($prefix, $c)"/></xsl:call-template></xsl:variable>
    <xsl:value-of select="$c"/>
    <xsl:if test="$t != concat($prefix, $c)"><xsl:value-of select="concat(' – ', $t)"/></xsl:if>
  </xsl:template>
</xsl:stylesheet>
