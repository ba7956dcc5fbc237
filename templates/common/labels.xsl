<?xml version="1.0" encoding="UTF-8"?>
<!-- Fixed labels of the printed plans, in English and Spanish. A template
     calls <xsl:call-template name="label"><xsl:with-param name="k" select="'goal'"/>
     and gets the label in $lang (English when a label lacks the language).
     Add a language by adding an attribute to every l:l. -->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:l="urn:vrtool:labels"
    exclude-result-prefixes="l">

  <l:labels>
    <l:l k="kind_IPE" en="Individualized Plan for Employment" es="Plan Individualizado para el Empleo"/>
    <l:l k="kind_IEP" en="Individual Employment Plan" es="Plan Individual de Empleo"/>
    <l:l k="kind_EP" en="Employment Plan" es="Plan de Empleo"/>
    <l:l k="kind_JDP" en="Job Development Plan" es="Plan de Desarrollo de Empleo"/>
    <l:l k="case" en="Case" es="Caso"/>
    <l:l k="plan" en="Plan" es="Plan"/>
    <l:l k="version" en="Version" es="Versión"/>
    <l:l k="dated" en="Dated" es="Fecha"/>
    <l:l k="status" en="Status" es="Estado"/>
    <l:l k="digest" en="Digest" es="Huella digital"/>
    <l:l k="page" en="Page" es="Página"/>
    <l:l k="of" en="of" es="de"/>
    <l:l k="person" en="Participant" es="Participante"/>
    <l:l k="client" en="Client" es="Cliente"/>
    <l:l k="customer" en="Customer" es="Cliente"/>
    <l:l k="born" en="Date of birth" es="Fecha de nacimiento"/>
    <l:l k="representative" en="Representative" es="Representante"/>
    <l:l k="language" en="Language" es="Idioma"/>
    <l:l k="staff" en="Staff" es="Personal"/>
    <l:l k="goal" en="Employment goal" es="Meta de empleo"/>
    <l:l k="occupation" en="Occupation" es="Ocupación"/>
    <l:l k="soc" en="SOC code" es="Código SOC"/>
    <l:l k="career_cluster" en="Career cluster" es="Grupo de carreras"/>
    <l:l k="own_words" en="In the person's own words" es="En palabras de la persona"/>
    <l:l k="setting" en="Setting" es="Entorno"/>
    <l:l k="hours_week" en="Hours a week" es="Horas por semana"/>
    <l:l k="wage" en="Hourly wage" es="Salario por hora"/>
    <l:l k="target_date" en="Target date" es="Fecha meta"/>
    <l:l k="objectives" en="Objectives" es="Objetivos"/>
    <l:l k="interim_goals" en="Interim goals and action steps" es="Metas intermedias y pasos de acción"/>
    <l:l k="objective" en="Objective" es="Objetivo"/>
    <l:l k="outcome" en="Outcome" es="Resultado"/>
    <l:l k="measure" en="Measure of attainment" es="Medida de logro"/>
    <l:l k="start" en="Start" es="Inicio"/>
    <l:l k="set_date" en="Set date" es="Fecha de inicio"/>
    <l:l k="target" en="Target" es="Meta"/>
    <l:l k="planned_end" en="Planned end" es="Fin previsto"/>
    <l:l k="actual_end" en="Actual end" es="Fin real"/>
    <l:l k="services" en="Services" es="Servicios"/>
    <l:l k="action" en="Action step" es="Paso de acción"/>
    <l:l k="service" en="Service" es="Servicio"/>
    <l:l k="provider" en="Provider" es="Proveedor"/>
    <l:l k="procurement" en="How it is obtained" es="Cómo se obtiene"/>
    <l:l k="responsible" en="Responsible" es="Responsable"/>
    <l:l k="cost" en="Cost" es="Costo"/>
    <l:l k="funding" en="Funding" es="Financiamiento"/>
    <l:l k="comparable_benefits" en="Comparable benefits" es="Beneficios comparables"/>
    <l:l k="authorization" en="Authorization" es="Autorización"/>
    <l:l k="responsibilities" en="Responsibilities" es="Responsabilidades"/>
    <l:l k="initialed" en="Initialed" es="Iniciales"/>
    <l:l k="progress_criteria" en="How progress will be measured" es="Cómo se medirá el progreso"/>
    <l:l k="supported_employment" en="Supported employment" es="Empleo con apoyo"/>
    <l:l k="extended_services" en="Extended services" es="Servicios extendidos"/>
    <l:l k="post_employment" en="Services after employment" es="Servicios después del empleo"/>
    <l:l k="education_goal" en="Education goal" es="Meta educativa"/>
    <l:l k="ticket" en="Ticket to Work" es="Boleto para Trabajar"/>
    <l:l k="assigned" en="Assigned" es="Asignado"/>
    <l:l k="informed_choice" en="Informed choice" es="Elección informada"/>
    <l:l k="choice_supported" en="The counselor supports the client's choice" es="El consejero apoya la elección del cliente"/>
    <l:l k="choice_not_supported" en="The counselor does not support the client's choice" es="El consejero no apoya la elección del cliente"/>
    <l:l k="reason" en="Reason" es="Razón"/>
    <l:l k="alternatives" en="Alternatives explored" es="Alternativas exploradas"/>
    <l:l k="appeal_info" en="Appeal, mediation and Client Assistance Program information given" es="Se dio información sobre apelación, mediación y el Programa de Asistencia al Cliente"/>
    <l:l k="review" en="Review" es="Revisión"/>
    <l:l k="last_review" en="Last review" es="Última revisión"/>
    <l:l k="next_review" en="Next review" es="Próxima revisión"/>
    <l:l k="amendment" en="Amendment" es="Enmienda"/>
    <l:l k="amendment_reason" en="Why the plan was amended" es="Por qué se enmendó el plan"/>
    <l:l k="signatures" en="Signatures" es="Firmas"/>
    <l:l k="signed_by" en="Signed by" es="Firmado por"/>
    <l:l k="role" en="Role" es="Función"/>
    <l:l k="date_time" en="Date and time" es="Fecha y hora"/>
    <l:l k="meaning" en="Meaning" es="Significado"/>
    <l:l k="method" en="Method" es="Método"/>
    <l:l k="signature" en="Signature" es="Firma"/>
    <l:l k="date" en="Date" es="Fecha"/>
    <l:l k="printed_name" en="Printed name" es="Nombre en letra de molde"/>
    <l:l k="to_sign" en="To be signed" es="Por firmar"/>
    <l:l k="withdrawn" en="Signature withdrawn" es="Firma retirada"/>
    <l:l k="m_agree" en="agrees to the plan" es="acepta el plan"/>
    <l:l k="m_approve" en="approves the plan" es="aprueba el plan"/>
    <l:l k="m_review" en="has reviewed the plan" es="ha revisado el plan"/>
    <l:l k="m_assign_ticket" en="assigns the Ticket to Work" es="asigna el Boleto para Trabajar"/>
    <l:l k="r_client" en="Client" es="Cliente"/>
    <l:l k="r_representative" en="Representative" es="Representante"/>
    <l:l k="r_counselor" en="Counselor" es="Consejero"/>
    <l:l k="r_supervisor" en="Supervisor" es="Supervisor"/>
    <l:l k="r_provider" en="Service provider" es="Proveedor de servicios"/>
    <l:l k="r_county_mh" en="County mental health" es="Salud mental del condado"/>
    <l:l k="r_career_planner" en="Career planner" es="Planificador de carreras"/>
    <l:l k="r_employment_specialist" en="Employment specialist" es="Especialista de empleo"/>
    <l:l k="s_draft" en="draft" es="borrador"/>
    <l:l k="s_awaiting signatures" en="awaiting signatures" es="en espera de firmas"/>
    <l:l k="s_in effect" en="in effect" es="vigente"/>
    <l:l k="s_superseded" en="superseded" es="reemplazado"/>
    <l:l k="s_closed" en="closed" es="cerrado"/>
    <l:l k="yes" en="yes" es="sí"/>
    <l:l k="no" en="no" es="no"/>
    <l:l k="none" en="None recorded" es="No se registró"/>
    <l:l k="copy_note" en="A copy of this plan is given to the client." es="Se entrega una copia de este plan al cliente."/>

    <!-- Parties named in responsibilities and action steps (party_<word>, else r_<word>) -->
    <l:l k="party_agency" en="Agency" es="Agencia"/>
    <l:l k="party_customer" en="Customer" es="Cliente"/>
    <l:l k="party_consumer" en="Consumer" es="Consumidor"/>
    <l:l k="party_wioa" en="WIOA" es="WIOA"/>
    <l:l k="party_dvr" en="DVR" es="DVR"/>
    <l:l k="party_service_provider" en="Service provider" es="Proveedor de servicios"/>
    <!-- Where an objective stands (os_<status>) and how a service is given -->
    <l:l k="os_planned" en="planned" es="planificado"/>
    <l:l k="os_in_progress" en="in progress" es="en curso"/>
    <l:l k="os_met" en="met" es="logrado"/>
    <l:l k="os_not_met" en="not met" es="no logrado"/>
    <l:l k="os_completed" en="completed" es="completado"/>
    <l:l k="modality" en="Modality" es="Modalidad"/>
    <l:l k="mod_individual" en="Individual" es="Individual"/>
    <l:l k="mod_group" en="Group" es="Grupal"/>
    <l:l k="time_frame" en="Time frame" es="Plazo"/>
    <l:l k="ongoing" en="ongoing" es="continuo"/>
    <!-- Texas IEP -->
    <l:l k="overall_goal" en="Overall employment goal" es="Meta general de empleo"/>
    <l:l k="career_cluster_note" en="A general career cluster, until a specific occupation is agreed upon." es="Un grupo de carreras general, hasta que se acuerde una ocupación específica."/>
    <l:l k="interim_goal" en="Interim goal" es="Meta intermedia"/>
    <l:l k="action_steps" en="Action steps" es="Pasos de acción"/>
    <l:l k="no_actions" en="No action steps are recorded for this interim goal." es="No hay pasos de acción registrados para esta meta intermedia."/>
    <l:l k="other_actions" en="Other action steps" es="Otros pasos de acción"/>
    <l:l k="service_68" en="Service 68: Employability Development Plan" es="Servicio 68: Plan de Desarrollo de Empleabilidad"/>
    <l:l k="fund" en="Fund" es="Fondo"/>
    <l:l k="fund_97" en="WIOA Customer" es="Cliente de WIOA"/>
    <l:l k="completion_reason" en="Completion reason" es="Motivo de finalización"/>
    <l:l k="completion_20" en="Successful" es="Exitoso"/>
    <l:l k="completion_21" en="Unsuccessful" es="No exitoso"/>
    <!-- New York PROS IPS Employment Plan -->
    <l:l k="ny_irp_note" en="This Employment Plan is part of the person's Individualized Recovery Plan (IRP), developed by the person with the IPS employment specialist." es="Este Plan de Empleo forma parte del Plan Individualizado de Recuperación (IRP) de la persona, elaborado por la persona con el especialista de empleo de IPS."/>
    <l:l k="behavioral_objectives" en="Behavioral objectives and time frames" es="Objetivos de conducta y plazos"/>
    <l:l k="people_services_supports" en="People, services and supports" es="Personas, servicios y apoyos"/>
    <l:l k="service_support" en="Service or support" es="Servicio o apoyo"/>
    <l:l k="who" en="Who" es="Quién"/>
    <l:l k="for_objective" en="For objective" es="Para el objetivo"/>
    <!-- Wisconsin DVR IPE and Job Development Plan -->
    <l:l k="wi_services" en="IPS services and DVR authorizations" es="Servicios de IPS y autorizaciones de DVR"/>
    <l:l k="wi_auth_note" en="A DVR Authorization for Services is required before any service paid by DVR can begin." es="Se requiere una Autorización de Servicios de DVR antes de que pueda comenzar cualquier servicio pagado por DVR."/>
    <l:l k="dvr_authorization" en="DVR authorization" es="Autorización de DVR"/>
    <l:l k="service_code" en="code" es="código"/>
    <l:l k="issued" en="issued" es="emitida"/>
    <l:l k="job_supports" en="Job supports" es="Apoyos en el empleo"/>
    <l:l k="wi_job_supports_note" en="Job supports are provided for at least the first 90 days on the job, one type of job support service at a time (Monthly Systematic Instruction, Job Retention or Partners with Business)." es="Los apoyos en el empleo se brindan durante al menos los primeros 90 días en el trabajo, un tipo de servicio de apoyo a la vez (Instrucción Sistemática Mensual, Retención del Empleo o Socios Empresariales)."/>
    <l:l k="wi_job_supports_tbd" en="The job supports will be planned with the consumer and DVR once a job is offered." es="Los apoyos en el empleo se planificarán con el consumidor y DVR cuando se ofrezca un trabajo."/>
    <l:l k="offsite_support" en="Offsite support" es="Apoyo fuera del lugar de trabajo"/>
    <l:l k="long_term_support" en="Long-term support" es="Apoyo a largo plazo"/>
    <l:l k="lts_provider" en="Long-term support provider" es="Proveedor de apoyo a largo plazo"/>
    <l:l k="wi_lts_note" en="The transition to long-term support is agreed by the consumer, the service provider, the county mental health representative and DVR. It happens once the job is stable, and not before 90 days on the job; DVR then follows the consumer for 90 more days before closing the case." es="La transición al apoyo a largo plazo la acuerdan el consumidor, el proveedor de servicios, el representante de salud mental del condado y DVR. Ocurre cuando el trabajo es estable, y no antes de 90 días en el trabajo; luego DVR acompaña al consumidor 90 días más antes de cerrar el caso."/>
    <l:l k="wi_jdp_form" en="Job Development Plan report to DVR (DVR-17036-E)." es="Informe del Plan de Desarrollo de Empleo a DVR (DVR-17036-E)."/>
    <l:l k="job_goal" en="Job goal" es="Meta de trabajo"/>
    <l:l k="hours_wanted" en="Hours a week the consumer would like to work" es="Horas por semana que el consumidor desea trabajar"/>
    <l:l k="jd_activities" en="Job development activities" es="Actividades de desarrollo de empleo"/>
    <l:l k="activity" en="Activity" es="Actividad"/>
    <l:l k="who_does_it" en="Who does it" es="Quién la realiza"/>
    <l:l k="completed" en="Completed" es="Completada"/>
    <l:l k="contact_standard" en="Contact standard" es="Norma de contacto"/>
    <l:l k="cs_consumer" en="Between the consumer and the service provider" es="Entre el consumidor y el proveedor de servicios"/>
    <l:l k="cs_employers" en="Between potential employers and the service provider" es="Entre posibles empleadores y el proveedor de servicios"/>
    <l:l k="job_supports_plan" en="Job supports plan" es="Plan de apoyos en el empleo"/>
    <l:l k="wi_jdp_supports_note" en="The job supports are revisited and revised once the consumer has been offered a job." es="Los apoyos en el empleo se revisan y ajustan cuando se le ofrece un trabajo al consumidor."/>
    <l:l k="plan_review" en="Plan review" es="Revisión del plan"/>
    <l:l k="wi_jdp_review_note" en="The plan is reviewed with the consumer and DVR every 90 days after the initial plan is completed, until hire." es="El plan se revisa con el consumidor y DVR cada 90 días después de completar el plan inicial, hasta la contratación."/>
  </l:labels>

  <xsl:param name="lang" select="'en'"/>

  <!-- The labels are found through a key (an index built once per page)
       rather than by scanning all of them for every label a page prints. -->
  <xsl:key name="label" match="l:l" use="@k"/>
  <xsl:variable name="label-doc" select="document('')"/>

  <xsl:template name="label">
    <xsl:param name="k"/>
    <xsl:for-each select="$label-doc">
      <xsl:variable name="l" select="key('label', $k)"/>
      <xsl:choose>
        <xsl:when test="$l/@*[local-name() = $lang]"><xsl:value-of select="$l/@*[local-name() = $lang]"/></xsl:when>
        <xsl:when test="$l"><xsl:value-of select="$l/@en"/></xsl:when>
        <xsl:otherwise><xsl:value-of select="$k"/></xsl:otherwise>
      </xsl:choose>
    </xsl:for-each>
  </xsl:template>
</xsl:stylesheet>
