<?xml version="1.0" encoding="UTF-8"?>
<!-- Missouri VR: the Individualized Plan for Employment, laid out as CSG
     Section 520 and 34 CFR 361.46 name its parts: the employment outcome,
     the services with their timelines, providers and procurement, the
     criteria of progress, the responsibilities, supported employment and
     post-employment services, education goals, informed choice, the Ticket
     to Work, the review; then the signatures (templates/common/page.xsl). -->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:v="urn:vrtool:1"
    xmlns="http://www.w3.org/1999/xhtml"
    exclude-result-prefixes="v">

  <xsl:include href="../common/page.xsl"/>

  <xsl:template match="v:plan" mode="body">
    <section class="keep">
      <h2><xsl:call-template name="label"><xsl:with-param name="k" select="'goal'"/></xsl:call-template></h2>
      <dl class="facts">
        <xsl:call-template name="field"><xsl:with-param name="k" select="'occupation'"/><xsl:with-param name="value" select="v:goal/v:occupation"/></xsl:call-template>
        <xsl:call-template name="field"><xsl:with-param name="k" select="'soc'"/><xsl:with-param name="value" select="v:goal/v:soc"/></xsl:call-template>
        <xsl:call-template name="field"><xsl:with-param name="k" select="'setting'"/><xsl:with-param name="value" select="v:goal/v:setting"/></xsl:call-template>
        <xsl:call-template name="field"><xsl:with-param name="k" select="'hours_week'"/><xsl:with-param name="value" select="v:goal/v:hours_week"/></xsl:call-template>
        <xsl:if test="v:goal/v:wage_cents_hour">
          <dt><xsl:call-template name="label"><xsl:with-param name="k" select="'wage'"/></xsl:call-template></dt>
          <dd><xsl:call-template name="money"><xsl:with-param name="c" select="v:goal/v:wage_cents_hour"/></xsl:call-template></dd>
        </xsl:if>
        <xsl:if test="v:goal/v:target_date">
          <dt><xsl:call-template name="label"><xsl:with-param name="k" select="'target_date'"/></xsl:call-template></dt>
          <dd><xsl:call-template name="date"><xsl:with-param name="d" select="v:goal/v:target_date"/></xsl:call-template></dd>
        </xsl:if>
      </dl>
    </section>
    <xsl:call-template name="objectives"/>
    <xsl:call-template name="services"/>
    <xsl:if test="v:progress_criteria">
      <section class="keep">
        <h2><xsl:call-template name="label"><xsl:with-param name="k" select="'progress_criteria'"/></xsl:call-template></h2>
        <p><xsl:value-of select="v:progress_criteria"/></p>
      </section>
    </xsl:if>
    <xsl:call-template name="responsibilities"/>
    <xsl:if test="v:supported_employment">
      <section class="keep">
        <h2><xsl:call-template name="label"><xsl:with-param name="k" select="'supported_employment'"/></xsl:call-template></h2>
        <dl class="facts">
          <xsl:call-template name="field"><xsl:with-param name="k" select="'extended_services'"/><xsl:with-param name="value" select="v:supported_employment/v:extended_services"/></xsl:call-template>
          <xsl:call-template name="field"><xsl:with-param name="k" select="'provider'"/><xsl:with-param name="value" select="v:supported_employment/v:provider"/></xsl:call-template>
        </dl>
      </section>
    </xsl:if>
    <xsl:if test="v:post_employment or v:education_goal">
      <section class="keep">
        <dl class="facts">
          <xsl:call-template name="field"><xsl:with-param name="k" select="'post_employment'"/><xsl:with-param name="value" select="v:post_employment"/></xsl:call-template>
          <xsl:call-template name="field"><xsl:with-param name="k" select="'education_goal'"/><xsl:with-param name="value" select="v:education_goal"/></xsl:call-template>
        </dl>
      </section>
    </xsl:if>
    <xsl:if test="v:informed_choice">
      <section class="keep">
        <h2><xsl:call-template name="label"><xsl:with-param name="k" select="'informed_choice'"/></xsl:call-template></h2>
        <p><xsl:choose>
          <xsl:when test="v:informed_choice/v:supported = 'false'"><xsl:call-template name="label"><xsl:with-param name="k" select="'choice_not_supported'"/></xsl:call-template></xsl:when>
          <xsl:otherwise><xsl:call-template name="label"><xsl:with-param name="k" select="'choice_supported'"/></xsl:call-template></xsl:otherwise>
        </xsl:choose></p>
        <dl class="facts">
          <xsl:call-template name="field"><xsl:with-param name="k" select="'reason'"/><xsl:with-param name="value" select="v:informed_choice/v:reason"/></xsl:call-template>
          <xsl:call-template name="field"><xsl:with-param name="k" select="'alternatives'"/><xsl:with-param name="value" select="v:informed_choice/v:alternatives"/></xsl:call-template>
        </dl>
        <xsl:if test="v:informed_choice/v:appeal_info_given = 'true'">
          <p><xsl:call-template name="label"><xsl:with-param name="k" select="'appeal_info'"/></xsl:call-template></p>
        </xsl:if>
      </section>
    </xsl:if>
    <xsl:if test="v:ticket_to_work/v:assigned = 'true'">
      <section class="keep">
        <h2><xsl:call-template name="label"><xsl:with-param name="k" select="'ticket'"/></xsl:call-template></h2>
        <p><xsl:call-template name="label"><xsl:with-param name="k" select="'assigned'"/></xsl:call-template>:
          <xsl:value-of select="v:ticket_to_work/v:network"/></p>
      </section>
    </xsl:if>
    <xsl:if test="v:review">
      <section class="keep">
        <h2><xsl:call-template name="label"><xsl:with-param name="k" select="'review'"/></xsl:call-template></h2>
        <dl class="facts">
          <xsl:if test="v:review/v:last">
            <dt><xsl:call-template name="label"><xsl:with-param name="k" select="'last_review'"/></xsl:call-template></dt>
            <dd><xsl:call-template name="date"><xsl:with-param name="d" select="v:review/v:last"/></xsl:call-template></dd>
          </xsl:if>
          <xsl:if test="v:review/v:next">
            <dt><xsl:call-template name="label"><xsl:with-param name="k" select="'next_review'"/></xsl:call-template></dt>
            <dd><xsl:call-template name="date"><xsl:with-param name="d" select="v:review/v:next"/></xsl:call-template></dd>
          </xsl:if>
        </dl>
      </section>
    </xsl:if>
  </xsl:template>
</xsl:stylesheet>
